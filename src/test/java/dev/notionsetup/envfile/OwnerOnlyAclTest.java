package dev.notionsetup.envfile;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Windows stand-in for mode 600, through a fake ACL view (this machine's file system has modes, not ACLs). */
class OwnerOnlyAclTest {
    private static final UserPrincipal ALICE = () -> "DESKTOP\\alice";
    private static final UserPrincipal EVERYONE = () -> "Everyone";

    /** An ACL view of one file: owned by ALICE, inheriting "Everyone may read" from its folder. */
    private static final class FakeAclView implements AclFileAttributeView {
        List<AclEntry> acl = new ArrayList<>(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW)
                .setPrincipal(EVERYONE).setPermissions(AclEntryPermission.READ_DATA).build()));
        IOException failure;

        @Override public String name() { return "acl"; }
        @Override public List<AclEntry> getAcl() { return List.copyOf(acl); }
        @Override public UserPrincipal getOwner() { return ALICE; }
        @Override public void setOwner(UserPrincipal owner) { throw new UnsupportedOperationException(); }

        @Override
        public void setAcl(List<AclEntry> entries) throws IOException {
            if (failure != null) {
                throw failure;
            }
            acl = new ArrayList<>(entries);
        }
    }

    @Test
    void leavesOnlyTheOwnerWhoMayReadWriteAndDelete() throws IOException {
        FakeAclView view = new FakeAclView();
        OwnerOnlyAcl.apply(view);

        assertEquals(1, view.getAcl().size(), "the inherited Everyone entry is gone");
        AclEntry entry = view.getAcl().get(0);
        assertSame(ALICE, entry.principal());
        assertEquals(AclEntryType.ALLOW, entry.type());
        assertTrue(entry.permissions().containsAll(List.of(AclEntryPermission.READ_DATA,
                AclEntryPermission.WRITE_DATA, AclEntryPermission.DELETE)));
        assertFalse(entry.permissions().contains(AclEntryPermission.EXECUTE), "a .env is never executable");
    }

    @Test
    void aFailureToRestrictIsReportedNotIgnored() {
        FakeAclView view = new FakeAclView();
        view.failure = new IOException("Access is denied");
        IOException thrown = assertThrows(IOException.class, () -> OwnerOnlyAcl.apply(view));
        assertEquals("Access is denied", thrown.getMessage());
        assertEquals(EVERYONE, view.getAcl().get(0).principal(), "unchanged, and the caller deletes the file");
    }
}

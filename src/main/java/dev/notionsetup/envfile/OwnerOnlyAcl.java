package dev.notionsetup.envfile;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Mode 600 where files have access-control lists instead of modes (Windows, NTFS): one entry that lets the
 * file's owner read, write and delete it, and nobody else anything. A new file there inherits its folder's
 * entries, which in a shared or synced folder can include other users; this replaces them before the file
 * holds a secret.
 */
final class OwnerOnlyAcl {
    /** Read, write, delete, and manage the file's attributes and entries; never execute. */
    static final Set<AclEntryPermission> OWNER_PERMISSIONS = EnumSet.of(
            AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA, AclEntryPermission.APPEND_DATA,
            AclEntryPermission.READ_ATTRIBUTES, AclEntryPermission.WRITE_ATTRIBUTES,
            AclEntryPermission.READ_NAMED_ATTRS, AclEntryPermission.WRITE_NAMED_ATTRS,
            AclEntryPermission.READ_ACL, AclEntryPermission.WRITE_ACL, AclEntryPermission.DELETE,
            AclEntryPermission.SYNCHRONIZE);

    private OwnerOnlyAcl() {
    }

    /** Replaces the file's entries with the single owner-only entry. */
    static void apply(AclFileAttributeView view) throws IOException {
        AclEntry owner = AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(view.getOwner())
                .setPermissions(OWNER_PERMISSIONS)
                .build();
        view.setAcl(List.of(owner));
    }
}

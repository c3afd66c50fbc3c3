package dev.notionsetup.credentials;

import dev.notionsetup.credentials.KeychainException.Kind;
import dev.notionsetup.credentials.ProcessRunner.Finished;
import dev.notionsetup.token.Secret;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Windows: a generic credential in Credential Manager, target notion-setup:PROFILE, user name PROFILE,
 * through Windows PowerShell calling CredWriteW/CredReadW/CredDeleteW. {@code cmdkey} cannot be used: it takes
 * the password only as an argument. The script goes in by -EncodedCommand and holds no secret; the secret
 * goes in on stdin. The blob is the token in UTF-16LE, Windows' own string encoding, which is how tools that
 * read a credential as a Windows string (Python's keyring among them) expect it.
 */
public final class WindowsCredentialManager implements Keychain {
    /** Win32 ERROR_NOT_FOUND, the script's exit status when there is no such credential. */
    static final int NOT_FOUND = 1168;

    private static final String API = """
            $ErrorActionPreference = 'Stop'
            Add-Type -TypeDefinition @'
            using System;
            using System.Runtime.InteropServices;
            namespace NotionSetup {
                public static class Credentials {
                    [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
                    struct Credential {
                        public int Flags; public int Type; public string TargetName; public string Comment;
                        public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
                        public int CredentialBlobSize; public IntPtr CredentialBlob; public int Persist;
                        public int AttributeCount; public IntPtr Attributes; public string TargetAlias;
                        public string UserName;
                    }
                    [DllImport("advapi32.dll", EntryPoint = "CredWriteW", CharSet = CharSet.Unicode, SetLastError = true)]
                    static extern bool CredWrite(ref Credential credential, int flags);
                    [DllImport("advapi32.dll", EntryPoint = "CredReadW", CharSet = CharSet.Unicode, SetLastError = true)]
                    static extern bool CredRead(string target, int type, int flags, out IntPtr credential);
                    [DllImport("advapi32.dll", EntryPoint = "CredDeleteW", CharSet = CharSet.Unicode, SetLastError = true)]
                    static extern bool CredDelete(string target, int type, int flags);
                    [DllImport("advapi32.dll")]
                    static extern void CredFree(IntPtr buffer);
                    const int Generic = 1;
                    const int PersistLocalMachine = 2;
                    public static int Write(string target, string user, string secret) {
                        IntPtr blob = Marshal.StringToCoTaskMemUni(secret);
                        try {
                            Credential c = new Credential();
                            c.Type = Generic; c.TargetName = target; c.UserName = user; c.Persist = PersistLocalMachine;
                            c.CredentialBlob = blob; c.CredentialBlobSize = secret.Length * 2;
                            return CredWrite(ref c, 0) ? 0 : Marshal.GetLastWin32Error();
                        } finally {
                            Marshal.ZeroFreeCoTaskMemUnicode(blob);
                        }
                    }
                    public static int Read(string target) {
                        IntPtr found;
                        if (!CredRead(target, Generic, 0, out found)) return Marshal.GetLastWin32Error();
                        try {
                            Credential c = (Credential) Marshal.PtrToStructure(found, typeof(Credential));
                            Console.Out.Write(Marshal.PtrToStringUni(c.CredentialBlob, c.CredentialBlobSize / 2));
                            return 0;
                        } finally {
                            CredFree(found);
                        }
                    }
                    public static int Delete(string target) {
                        return CredDelete(target, Generic, 0) ? 0 : Marshal.GetLastWin32Error();
                    }
                }
            }
            '@
            """;

    private final Programs programs;

    public WindowsCredentialManager(ProcessRunner runner, Map<String, String> environment, Duration timeout) {
        this.programs = new Programs(runner, environment, timeout);
    }

    @Override
    public Optional<Secret> read(Profile profile) {
        Finished read = run("exit [NotionSetup.Credentials]::Read('" + target(profile) + "')", Secret.none());
        if (read.exitCode() == 0) {
            return Optional.of(Secret.of(read.stdout().reveal()));
        }
        if (read.exitCode() == NOT_FOUND) {
            return Optional.empty();
        }
        throw failure(read);
    }

    @Override
    public void store(Profile profile, Secret secret) {
        Finished written = run("exit [NotionSetup.Credentials]::Write('" + target(profile) + "', '" + profile
                + "', [Console]::In.ReadToEnd())", secret);
        if (written.exitCode() != 0) {
            throw failure(written);
        }
    }

    @Override
    public boolean delete(Profile profile) {
        Finished deleted = run("exit [NotionSetup.Credentials]::Delete('" + target(profile) + "')", Secret.none());
        if (deleted.exitCode() == 0) {
            return true;
        }
        if (deleted.exitCode() == NOT_FOUND) {
            return false;
        }
        throw failure(deleted);
    }

    @Override
    public String describe(Profile profile) {
        return "the Credential Manager entry " + target(profile);
    }

    /** A profile name has no quote in it ({@link Profile}), so it can sit inside a single-quoted string. */
    static String target(Profile profile) {
        return "notion-setup:" + profile;
    }

    /** Windows PowerShell by its full path, so no other powershell.exe on PATH is run with the secret. */
    private String program() {
        String root = programs.environment().get("SystemRoot");
        return root == null ? "powershell.exe" : root + "\\System32\\WindowsPowerShell\\v1.0\\powershell.exe";
    }

    private Finished run(String action, Secret stdin) {
        String script = API + action + "\n";
        List<String> argv = List.of(program(), "-NoProfile", "-NonInteractive", "-EncodedCommand",
                Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE)));
        return programs.run(argv, stdin,
                () -> new KeychainException(Kind.NOT_INSTALLED,
                        "Windows PowerShell could not be started, so Credential Manager cannot be reached.",
                        "Check that powershell.exe is present and allowed to run," + Programs.OR_ENV_FILE),
                () -> new KeychainException(Kind.TIMED_OUT,
                        "Credential Manager did not answer within " + programs.seconds()
                                + "; PowerShell was stopped.",
                        "Try again; if it keeps happening, keep the token in the env file."));
    }

    private static KeychainException failure(Finished finished) {
        String said = Programs.firstLine(finished.stderr(), "Windows error " + finished.exitCode());
        return new KeychainException(Kind.FAILED, "Credential Manager failed: " + said + ".",
                "Open Credential Manager (Windows Credentials) to check it," + Programs.OR_ENV_FILE);
    }
}

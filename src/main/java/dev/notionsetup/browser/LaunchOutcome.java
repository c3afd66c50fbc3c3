package dev.notionsetup.browser;

/** What a launched opener did within the time we were willing to wait for it. */
public sealed interface LaunchOutcome permits LaunchOutcome.Exited, LaunchOutcome.StillRunning {
    /** It finished; openers such as xdg-open and open exit 0 once the browser has the address. */
    record Exited(int status) implements LaunchOutcome {
    }

    /** Still running: typical for a browser started directly, which stays up while its window is open. */
    record StillRunning() implements LaunchOutcome {
    }
}

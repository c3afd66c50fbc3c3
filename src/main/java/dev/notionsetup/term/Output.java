package dev.notionsetup.term;

/** Where human text goes: the terminal in the wizard, stderr otherwise. Never stdout in --json mode. */
public interface Output {
    void show(Tone tone, String text);

    default void say(String text) {
        show(Tone.PLAIN, text);
    }
}

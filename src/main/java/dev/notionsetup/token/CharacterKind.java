package dev.notionsetup.token;

/**
 * What a single character in a pasted token is, as far as a person needs to hear about it. Messages name
 * the kind ("a tab", "a control character (ESC)") and never the character itself, so they cannot echo
 * the secret and cannot put escape sequences on the terminal.
 */
enum CharacterKind {
    TOKEN,
    LINE_BREAK,
    TAB,
    SPACE,
    NON_BREAKING_SPACE,
    INVISIBLE,
    CONTROL,
    QUOTE,
    PUNCTUATION,
    FOREIGN_LETTER,
    TYPOGRAPHIC_QUOTE,
    TYPOGRAPHIC_DASH,
    OTHER_NON_ASCII;

    static CharacterKind of(int cp) {
        if (TokenShape.isTokenCharacter(cp)) {
            return TOKEN;
        }
        switch (cp) {
            case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                return LINE_BREAK;
            case '\t':
                return TAB;
            case ' ':
                return SPACE;
            case 0xA0, 0x2007, 0x202F:
                return NON_BREAKING_SPACE;
            case '"', '\'', '`':
                return QUOTE;
            default:
                break;
        }
        if (Character.getType(cp) == Character.FORMAT) {
            return INVISIBLE;
        }
        if (Character.isISOControl(cp)) {
            return CONTROL;
        }
        if (cp < 0x80) {
            return PUNCTUATION;
        }
        if (Character.isSpaceChar(cp)) {
            return SPACE;
        }
        if (Character.isLetterOrDigit(cp)) {
            return FOREIGN_LETTER;
        }
        int type = Character.getType(cp);
        if (type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || cp == 0x201A || cp == 0x201E) {
            return TYPOGRAPHIC_QUOTE;
        }
        if (type == Character.DASH_PUNCTUATION) {
            return TYPOGRAPHIC_DASH;
        }
        return OTHER_NON_ASCII;
    }

    /** Blank or invisible: removed when at the edges, reported when inside. */
    boolean isBlank() {
        return this == LINE_BREAK || this == TAB || this == SPACE || this == NON_BREAKING_SPACE || this == INVISIBLE;
    }

    /** Characters that break the token apart or are unprintable. */
    boolean breaksToken() {
        return isBlank() || this == CONTROL;
    }

    boolean isNonAscii() {
        return this == FOREIGN_LETTER || this == TYPOGRAPHIC_QUOTE || this == TYPOGRAPHIC_DASH
                || this == OTHER_NON_ASCII;
    }

    /** A phrase for a message, naming the kind (and, for invisible and control characters, which one). */
    static String describe(int cp) {
        CharacterKind kind = of(cp);
        return switch (kind) {
            case TOKEN -> "a letter or digit";
            case LINE_BREAK -> "a line break";
            case TAB -> "a tab";
            case SPACE -> "a space";
            case NON_BREAKING_SPACE -> "a non-breaking space";
            case INVISIBLE -> "an invisible character (" + name(cp) + ")";
            case CONTROL -> "a control character (" + name(cp) + ")";
            case QUOTE -> "a quotation mark";
            case PUNCTUATION -> "punctuation or a symbol";
            case FOREIGN_LETTER -> "a letter from another alphabet or with an accent";
            case TYPOGRAPHIC_QUOTE -> "a typographic quotation mark";
            case TYPOGRAPHIC_DASH -> "a typographic dash";
            case OTHER_NON_ASCII -> "an emoji or other symbol";
        };
    }

    /** The invisible and control characters people meet in pastes, by name; any other by its code point. */
    private static String name(int cp) {
        return switch (cp) {
            case 0x200B -> "zero-width space";
            case 0x200C -> "zero-width non-joiner";
            case 0x200D -> "zero-width joiner";
            case 0x2060 -> "word joiner";
            case 0xFEFF -> "byte order mark";
            case 0xAD -> "soft hyphen";
            case 0x200E, 0x200F -> "text direction mark";
            case 0x00 -> "NUL";
            case 0x07 -> "BEL";
            case 0x08 -> "backspace";
            case 0x1B -> "ESC";
            case 0x7F -> "DEL";
            default -> String.format("U+%04X", cp);
        };
    }
}

package io.gizmostudio.core.generate;

/**
 * One token of a normalised prompt: a lower-case word, a number (digits or a number word, with its value) or a
 * clause break (comma, semicolon, full stop). {@code index} is the position in the token list.
 */
record PromptToken(Kind kind, String text, double value, int index) {
    enum Kind { WORD, NUMBER, BREAK }

    static PromptToken word(String text, int index) {
        return new PromptToken(Kind.WORD, text, Double.NaN, index);
    }

    static PromptToken number(String text, double value, int index) {
        return new PromptToken(Kind.NUMBER, text, value, index);
    }

    static PromptToken clauseBreak(int index) {
        return new PromptToken(Kind.BREAK, ",", Double.NaN, index);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean isBreak() {
        return kind == Kind.BREAK;
    }

    boolean is(String word) {
        return kind == Kind.WORD && text.equals(word);
    }

    PromptToken at(int newIndex) {
        return new PromptToken(kind, text, value, newIndex);
    }
}

package io.gizmostudio.core.format.xacro;

import java.util.ArrayList;
import java.util.List;

/** Splits a xacro expression into numbers, strings, names and operators, as Python's tokenizer would. */
final class XacroTokens {
    enum Kind { NUMBER, STRING, NAME, SYMBOL, END }

    record Token(Kind kind, String text) {
    }

    private static final String[] SYMBOLS = {"**", "//", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "<", ">",
        "(", ")", "[", "]", "{", "}", ",", ".", ":"};

    private XacroTokens() {
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                int start = i;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                    int exp = i + 1;
                    if (exp < n && (text.charAt(exp) == '+' || text.charAt(exp) == '-')) {
                        exp++;
                    }
                    if (exp < n && Character.isDigit(text.charAt(exp))) {
                        i = exp;
                        while (i < n && Character.isDigit(text.charAt(i))) {
                            i++;
                        }
                    }
                }
                out.add(new Token(Kind.NUMBER, text.substring(start, i)));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Kind.NAME, text.substring(start, i)));
            } else if (c == '\'' || c == '"') {
                i = string(text, i, out);
            } else {
                i = symbol(text, i, out);
            }
        }
        out.add(new Token(Kind.END, ""));
        return out;
    }

    private static int string(String text, int start, List<Token> out) {
        char quote = text.charAt(start);
        StringBuilder sb = new StringBuilder();
        int i = start + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
            i++;
        }
        if (i >= text.length()) {
            throw new XacroEvalException("unterminated string in expression '" + text.trim() + "'");
        }
        out.add(new Token(Kind.STRING, sb.toString()));
        return i + 1;
    }

    private static int symbol(String text, int i, List<Token> out) {
        for (String s : SYMBOLS) {
            if (text.startsWith(s, i)) {
                out.add(new Token(Kind.SYMBOL, s));
                return i + s.length();
            }
        }
        throw new XacroEvalException("unexpected character '" + text.charAt(i) + "' in expression '" + text.trim() + "'");
    }
}

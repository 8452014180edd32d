package io.gizmostudio.core.format.xacro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the Python subset that xacro's {@code ${...}} and {@code $(eval ...)} hold in published robot
 * descriptions: numbers, strings, lists and dicts; {@code + - * / // % **}; comparisons; {@code and or not in};
 * {@code x if c else y}; indexing {@code a['k']}, {@code a[0]} and dotted access {@code a.k} on dicts; calls to the
 * math functions ({@link XacroBuiltins}). Names are looked up in {@link Names} (the properties in scope) before the
 * built-ins, as Python's locals come before its globals.
 */
public final class XacroExpression {
    /** What a name means where the expression is evaluated; {@link #UNDEFINED} when it means nothing. */
    public interface Names {
        Object UNDEFINED = new Object();

        Object lookup(String name);
    }

    /** A callable value: {@code sin}, {@code xacro.load_yaml}, a dict's {@code get}. */
    @FunctionalInterface
    public interface Function {
        Object call(List<Object> args);
    }

    @FunctionalInterface
    private interface Node {
        Object eval();
    }

    private final List<XacroTokens.Token> tokens;
    private final Names names;
    private int at;

    private XacroExpression(String text, Names names) {
        this.tokens = XacroTokens.of(text);
        this.names = names;
    }

    /** The value of {@code text}; a {@link XacroEvalException} naming the problem when it has none. */
    public static Object evaluate(String text, Names names) {
        XacroExpression e = new XacroExpression(text, names);
        Node node = e.ternary();
        if (e.peek().kind() != XacroTokens.Kind.END) {
            throw new XacroEvalException("unexpected '" + e.peek().text() + "' in expression '" + text.trim() + "'");
        }
        return node.eval();
    }

    private XacroTokens.Token peek() {
        return tokens.get(at);
    }

    private boolean accept(String symbol) {
        XacroTokens.Token t = peek();
        if (t.kind() != XacroTokens.Kind.STRING && t.kind() != XacroTokens.Kind.END && t.text().equals(symbol)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String symbol) {
        if (!accept(symbol)) {
            XacroTokens.Token t = peek();
            throw new XacroEvalException("expected '" + symbol + "' but found "
                    + (t.kind() == XacroTokens.Kind.END ? "the end" : "'" + t.text() + "'"));
        }
    }

    private Node ternary() {
        Node value = or();
        if (accept("if")) {
            Node condition = or();
            expect("else");
            Node otherwise = ternary();
            return () -> XacroValues.truthy(condition.eval()) ? value.eval() : otherwise.eval();
        }
        return value;
    }

    private Node or() {
        Node left = and();
        while (accept("or")) {
            Node l = left;
            Node r = and();
            left = () -> {
                Object v = l.eval();
                return XacroValues.truthy(v) ? v : r.eval();
            };
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (accept("and")) {
            Node l = left;
            Node r = not();
            left = () -> {
                Object v = l.eval();
                return XacroValues.truthy(v) ? r.eval() : v;
            };
        }
        return left;
    }

    private Node not() {
        if (accept("not")) {
            Node n = not();
            return () -> !XacroValues.truthy(n.eval());
        }
        return comparison();
    }

    private Node comparison() {
        Node first = sum();
        List<String> ops = new ArrayList<>();
        List<Node> operands = new ArrayList<>(List.of(first));
        while (true) {
            String op = comparisonOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            operands.add(sum());
        }
        if (ops.isEmpty()) {
            return first;
        }
        return () -> {
            // a < b < c as Python chains it: each operand evaluated once
            Object left = operands.get(0).eval();
            for (int i = 0; i < ops.size(); i++) {
                Object right = operands.get(i + 1).eval();
                if (!XacroOperators.compare(ops.get(i), left, right)) {
                    return false;
                }
                left = right;
            }
            return true;
        };
    }

    private String comparisonOperator() {
        for (String op : new String[] {"==", "!=", "<=", ">=", "<", ">", "in"}) {
            if (accept(op)) {
                return op;
            }
        }
        if (peek().text().equals("not") && tokens.get(at + 1).text().equals("in")) {
            at += 2;
            return "not in";
        }
        return null;
    }

    private Node sum() {
        Node left = term();
        while (true) {
            String op = accept("+") ? "+" : accept("-") ? "-" : null;
            if (op == null) {
                return left;
            }
            left = binary(op, left, term());
        }
    }

    private Node term() {
        Node left = unary();
        while (true) {
            String op = accept("*") ? "*" : accept("//") ? "//" : accept("/") ? "/" : accept("%") ? "%" : null;
            if (op == null) {
                return left;
            }
            left = binary(op, left, unary());
        }
    }

    private static Node binary(String op, Node l, Node r) {
        return () -> XacroOperators.arithmetic(op, l.eval(), r.eval());
    }

    private Node unary() {
        if (accept("-")) {
            Node n = unary();
            return () -> XacroOperators.negate(n.eval());
        }
        if (accept("+")) {
            Node n = unary();
            return () -> {
                Object v = n.eval();
                XacroValues.number(v, "unary +");
                return v;
            };
        }
        return power();
    }

    private Node power() {
        Node base = postfix();
        if (accept("**")) {
            Node exponent = unary();
            return binary("**", base, exponent);
        }
        return base;
    }

    private Node postfix() {
        Node node = atom();
        while (true) {
            if (accept("(")) {
                List<Node> args = new ArrayList<>();
                if (!accept(")")) {
                    do {
                        args.add(ternary());
                    } while (accept(","));
                    expect(")");
                }
                Node callee = node;
                node = () -> call(callee.eval(), args);
            } else if (accept("[")) {
                Node index = ternary();
                expect("]");
                Node container = node;
                node = () -> XacroOperators.index(container.eval(), index.eval());
            } else if (accept(".")) {
                XacroTokens.Token name = peek();
                if (name.kind() != XacroTokens.Kind.NAME) {
                    throw new XacroEvalException("expected a name after '.' but found '" + name.text() + "'");
                }
                at++;
                Node owner = node;
                node = () -> XacroBuiltins.member(owner.eval(), name.text());
            } else {
                return node;
            }
        }
    }

    private static Object call(Object callee, List<Node> args) {
        if (!(callee instanceof Function f)) {
            throw new XacroEvalException(XacroValues.describe(callee) + " is not callable");
        }
        List<Object> values = new ArrayList<>(args.size());
        args.forEach(a -> values.add(a.eval()));
        return f.call(values);
    }

    private Node atom() {
        XacroTokens.Token t = peek();
        at++;
        switch (t.kind()) {
            case NUMBER: {
                Object v = XacroValues.literal(t.text());
                return () -> v;
            }
            case STRING: {
                String s = t.text();
                return () -> s;
            }
            case NAME:
                return name(t.text());
            case END:
                throw new XacroEvalException("the expression ends too early");
            default:
                break;
        }
        switch (t.text()) {
            case "(": {
                Node inner = ternary();
                expect(")");
                return inner;
            }
            case "[": {
                List<Node> items = new ArrayList<>();
                if (!accept("]")) {
                    do {
                        if (peek().text().equals("]")) {
                            break; // a trailing comma
                        }
                        items.add(ternary());
                    } while (accept(","));
                    expect("]");
                }
                return () -> {
                    List<Object> out = new ArrayList<>(items.size());
                    items.forEach(i -> out.add(i.eval()));
                    return out;
                };
            }
            case "{": {
                List<Node[]> entries = new ArrayList<>();
                if (!accept("}")) {
                    do {
                        if (peek().text().equals("}")) {
                            break;
                        }
                        Node k = ternary();
                        expect(":");
                        entries.add(new Node[] {k, ternary()});
                    } while (accept(","));
                    expect("}");
                }
                return () -> {
                    Map<Object, Object> out = new LinkedHashMap<>();
                    entries.forEach(e -> out.put(e[0].eval(), e[1].eval()));
                    return out;
                };
            }
            default:
                throw new XacroEvalException("unexpected '" + t.text() + "'");
        }
    }

    private Node name(String name) {
        switch (name) {
            case "True":
            case "true":
                return () -> Boolean.TRUE;
            case "False":
            case "false":
                return () -> Boolean.FALSE;
            case "None":
                return () -> null;
            default:
                return () -> {
                    Object v = names.lookup(name);
                    if (v != Names.UNDEFINED) {
                        return v;
                    }
                    Object builtin = XacroBuiltins.global(name);
                    if (builtin == Names.UNDEFINED) {
                        throw new XacroEvalException("undefined property '" + name + "'");
                    }
                    return builtin;
                };
        }
    }
}

package dev.flowsim.emulator.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * A tiny XML tree for the Query protocols' responses: elements with text or children, no attributes except the
 * root namespace. Escaping happens once, when written, so handlers never build XML strings by hand.
 */
public final class XmlElement {

    private final String name;
    private final String text;
    private final List<XmlElement> children = new ArrayList<>();

    private XmlElement(String name, String text) {
        this.name = name;
        this.text = text;
    }

    public static XmlElement of(String name) {
        return new XmlElement(name, null);
    }

    public static XmlElement text(String name, Object value) {
        return new XmlElement(name, value == null ? "" : String.valueOf(value));
    }

    /** Adds a child element and returns it, for nesting. */
    public XmlElement child(String childName) {
        XmlElement child = of(childName);
        children.add(child);
        return child;
    }

    /** Adds a text child and returns this element, for chaining. Null values are left out, as AWS omits them. */
    public XmlElement add(String childName, Object value) {
        if (value != null) {
            children.add(text(childName, value));
        }
        return this;
    }

    public XmlElement add(XmlElement child) {
        children.add(child);
        return this;
    }

    public String name() {
        return name;
    }

    public List<XmlElement> children() {
        return children;
    }

    void writeTo(StringBuilder out, String namespace) {
        out.append('<').append(name);
        if (namespace != null) {
            out.append(" xmlns=\"").append(namespace).append('"');
        }
        if (text == null && children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (text != null) {
            escape(text, out);
        }
        for (XmlElement c : children) {
            c.writeTo(out, null);
        }
        out.append("</").append(name).append('>');
    }

    /** The whole document with an XML declaration; {@code namespace} goes on the root (may be null). */
    public String toDocument(String namespace) {
        StringBuilder out = new StringBuilder(256);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writeTo(out, namespace);
        out.append('\n');
        return out.toString();
    }

    static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\r' -> out.append("&#xD;");
                default -> {
                    // Characters XML 1.0 cannot carry at all (controls, U+FFFE/U+FFFF, lone surrogates) are replaced
                    // rather than breaking the document.
                    if (c < 0x20 && c != '\n' && c != '\t' || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else if (Character.isSurrogate(c)) {
                        boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
                                && Character.isLowSurrogate(s.charAt(i + 1));
                        if (paired) {
                            out.append(c).append(s.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}

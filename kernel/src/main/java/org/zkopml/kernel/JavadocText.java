package org.zkopml.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Javadoc comment (as JShell's {@code SourceCodeAnalysis.documentation} returns it: the comment's text,
 * HTML and inline tags included) as plain text for an {@code inspect_reply}: inline tags resolved
 * ({@code {@code x}} → x, {@code {@link A#b(int) label}} → label or A.b(int)), HTML reduced to paragraphs and
 * list items, entities decoded, paragraphs wrapped, the block tags ({@code @param}, {@code @return},
 * {@code @throws}, …) as titled sections. The summary is the first sentence, as the javadoc tool takes it.
 */
record JavadocText(String description, List<String> sections) {

    /**
     * Width the paragraphs are wrapped to: the notebook's tooltip shows the text preformatted in a box about
     * 80 characters wide, and inspection indents it by 4.
     */
    static final int WIDTH = 72;

    private static final Pattern BLOCK_TAG = Pattern.compile("(?m)^\\s*@(\\w+)\\s*");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
            "apos", "'", "nbsp", " ", "mdash", "—", "ndash", "–", "hellip", "…", "rarr", "→");
    private static final Map<String, String> SECTION_TITLES = Map.of("param", "Parameters", "return", "Returns",
            "throws", "Throws", "exception", "Throws", "see", "See also", "since", "Since",
            "deprecated", "Deprecated", "apiNote", "API note", "implNote", "Implementation note",
            "implSpec", "Implementation requirements");

    /** Parses a raw comment; null or blank gives an empty text. */
    static JavadocText of(String comment) {
        if (comment == null || comment.isBlank()) {
            return new JavadocText("", List.of());
        }
        Matcher tag = BLOCK_TAG.matcher(comment);
        int firstTag = tag.find() ? tag.start() : comment.length();
        String description = text(comment.substring(0, firstTag));
        List<String[]> tags = new ArrayList<>(); // {name, body}
        if (firstTag < comment.length()) {
            tag.reset();
            List<int[]> starts = new ArrayList<>();
            while (tag.find()) {
                starts.add(new int[] {tag.start(), tag.end()});
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : comment.length();
                String name = comment.substring(starts.get(i)[0], starts.get(i)[1]).strip().substring(1);
                tags.add(new String[] {name, comment.substring(starts.get(i)[1], end)});
            }
        }
        List<String> sections = new ArrayList<>();
        String open = null;
        StringBuilder section = new StringBuilder();
        for (String[] t : tags) {
            String title = SECTION_TITLES.get(t[0]);
            if (title == null) {
                continue; // @author, @serial, @hidden, …: not for a reader of the API
            }
            if (!title.equals(open)) {
                if (open != null) {
                    sections.add(section.toString().stripTrailing());
                }
                open = title;
                section.setLength(0);
                section.append(title).append(':').append('\n');
            }
            String body = text(t[1]);
            if (t[0].equals("param") || t[0].equals("throws") || t[0].equals("exception")) {
                String[] nameAndText = body.split("\\s+", 2);
                String name = nameAndText[0];
                String rest = nameAndText.length > 1 ? nameAndText[1] : "";
                section.append(indent(wrap(name + " – " + rest, WIDTH - 4), "    ")).append('\n');
            } else {
                section.append(indent(wrap(body, WIDTH - 4), "    ")).append('\n');
            }
        }
        if (open != null) {
            sections.add(section.toString().stripTrailing());
        }
        return new JavadocText(description, List.copyOf(sections));
    }

    /** The first sentence of the description (what the javadoc tool puts in a summary table). */
    String summary() {
        String flat = description.replaceAll("\\s+", " ").strip();
        Matcher end = Pattern.compile("[.!?](?=\\s|$)").matcher(flat);
        while (end.find()) {
            String before = flat.substring(0, end.start());
            // "e.g." and "i.e." do not end a sentence
            if (!before.endsWith("e.g") && !before.endsWith("i.e") && !before.endsWith("etc")) {
                return flat.substring(0, end.end());
            }
        }
        return flat;
    }

    /** The whole text: the description, then each section. */
    String full() {
        List<String> parts = new ArrayList<>();
        if (!description.isBlank()) {
            parts.add(description);
        }
        parts.addAll(sections);
        return String.join("\n\n", parts);
    }

    boolean isEmpty() {
        return description.isBlank() && sections.isEmpty();
    }

    /** Javadoc source (inline tags, HTML, entities) to wrapped plain text with paragraphs. */
    static String text(String javadoc) {
        String s = inlineTags(javadoc);
        // preformatted blocks keep their lines; everything else is reflowed
        List<String> blocks = new ArrayList<>();
        Matcher pre = Pattern.compile("(?is)<pre[^>]*>(.*?)</pre>").matcher(s);
        int at = 0;
        StringBuilder out = new StringBuilder();
        while (pre.find()) {
            out.append(flow(s.substring(at, pre.start())));
            blocks.add(entities(pre.group(1).replaceAll("(?s)<[^>]+>", "")).stripTrailing());
            out.append("\n\n\u0000").append(blocks.size() - 1).append("\u0000\n\n");
            at = pre.end();
        }
        out.append(flow(s.substring(at)));
        String text = out.toString().replaceAll("\n{3,}", "\n\n").replaceAll("^\\s*\n", "").stripTrailing();
        for (int i = 0; i < blocks.size(); i++) {
            text = text.replace("\u0000" + i + "\u0000", indent(stripCommonIndent(blocks.get(i)), "    "));
        }
        return text;
    }

    private static String flow(String html) {
        String s = html
                .replaceAll("(?i)<\\s*(p|/p|div|/div|h[1-6]|/h[1-6]|ul|/ul|ol|/ol|dl|/dl|table|/table|blockquote|/blockquote)(\\s[^>]*)?>",
                        "\n\n")
                .replaceAll("(?i)<\\s*li(\\s[^>]*)?>", "\n\n\u0001")
                .replaceAll("(?i)<\\s*(dt|tr)(\\s[^>]*)?>", "\n\n")
                .replaceAll("(?i)<\\s*(dd)(\\s[^>]*)?>", "\n\n\u0002")
                .replaceAll("(?i)<\\s*br\\s*/?>", "\n\n")
                .replaceAll("(?i)<\\s*(td|th)(\\s[^>]*)?>", " ")
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<[^>]+>", "");
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : s.split("\n\\s*\n")) {
            String flat = entities(paragraph.replaceAll("\\s+", " ").strip());
            if (flat.isEmpty() || flat.equals("\u0001") || flat.equals("\u0002")) {
                continue;
            }
            if (flat.startsWith("\u0001")) {
                String item = indent(wrap(flat.substring(1).strip(), WIDTH - 4), "    ");
                paragraphs.add("  • " + item.substring(4));
            } else if (flat.startsWith("\u0002")) {
                paragraphs.add(indent(wrap(flat.substring(1).strip(), WIDTH - 4), "    "));
            } else {
                paragraphs.add(wrap(flat, WIDTH));
            }
        }
        return String.join("\n\n", paragraphs);
    }

    /** {@code {@code x}}, {@code {@link …}} and the other inline tags, with nested braces. */
    static String inlineTags(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("{@", i)) {
                int depth = 0;
                int j = i;
                for (; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        break;
                    }
                }
                if (j >= s.length()) {
                    out.append(s, i, s.length());
                    break;
                }
                String inner = s.substring(i + 2, j);
                String[] nameAndBody = inner.split("\\s+", 2);
                String body = nameAndBody.length > 1 ? nameAndBody[1].strip() : "";
                out.append(switch (nameAndBody[0]) {
                    case "code", "literal" -> body.replace("<", "&lt;").replace(">", "&gt;");
                    case "link", "linkplain" -> link(body);
                    case "value" -> body.isEmpty() ? "" : link(body);
                    case "inheritDoc", "docRoot" -> "";
                    case "index" -> body.startsWith("\"") ? body.replaceAll("^\"([^\"]*)\".*", "$1") : body.split("\\s+", 2)[0];
                    default -> inlineTags(body);
                });
                i = j + 1;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** {@code A#b(int) label} → label; {@code A#b(int)} → A.b(int); {@code #b} → b. */
    private static String link(String body) {
        String reference = body;
        String label = "";
        int depth = 0;
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (Character.isWhitespace(c) && depth == 0) {
                reference = body.substring(0, k);
                label = body.substring(k).strip();
                break;
            }
        }
        if (!label.isEmpty()) {
            return inlineTags(label);
        }
        String shown = reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
        return shown.replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String entities(String s) {
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            } else if (name.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(name.substring(1))));
            } else {
                replacement = ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Greedy wrapping at word boundaries; a word longer than the width stays whole. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    static String indent(String text, String prefix) {
        return text.lines().map(line -> line.isEmpty() ? line : prefix + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static String stripCommonIndent(String block) {
        List<String> lines = block.lines().dropWhile(String::isBlank).toList();
        int common = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.length() >= common ? l.substring(common) : l.strip()).toList());
    }
}

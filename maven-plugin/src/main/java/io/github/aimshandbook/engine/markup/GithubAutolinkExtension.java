package io.github.aimshandbook.engine.markup;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;

/**
 * GitHub's extended autolinks, by the rules of the GFM spec and cmark-gfm's autolink extension: {@code www.} links,
 * {@code http://}, {@code https://} and {@code ftp://} links and e-mail addresses in text become links, without the
 * angle brackets CommonMark needs. Unlike flexmark's autolink extension (autolink-java's rules), a link runs to the
 * next space or {@code <}, and only then loses trailing punctuation, unbalanced closing parentheses and a trailing
 * entity-like {@code &name;}; an address whose domain ends in {@code -} or {@code _} is no link.
 */
public final class GithubAutolinkExtension implements Parser.ParserExtension {

    private static final List<String> SCHEMES = List.of("http", "https", "ftp");

    private GithubAutolinkExtension() {
    }

    public static GithubAutolinkExtension create() {
        return new GithubAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            return new Linker();
        }
    }

    private record Match(int start, int end, boolean mail) {
    }

    private static final class Linker extends NodePostProcessor {

        @Override
        public void process(NodeTracker state, Node node) {
            if (node.getAncestorOfType(DoNotDecorate.class, DoNotLinkDecorate.class) != null) {
                return;
            }
            BasedSequence chars = node.getChars();
            int done = 0;
            boolean linked = false;
            for (int i = 0; i < chars.length(); i++) {
                Match m = match(chars, i, done);
                if (m == null) {
                    continue;
                }
                if (m.start() > done) {
                    add(state, node, new Text(chars.subSequence(done, m.start())));
                }
                BasedSequence text = chars.subSequence(m.start(), m.end());
                Node link;
                if (m.mail()) {
                    MailLink mail = new MailLink();
                    mail.setText(text);
                    link = mail;
                } else {
                    AutoLink auto = new AutoLink();
                    auto.setText(text);
                    auto.setUrlChars(text);
                    link = auto;
                }
                link.setCharsFromContent();
                link.appendChild(new Text(text));
                node.insertBefore(link);
                state.nodeAddedWithChildren(link);
                linked = true;
                done = m.end();
                i = done - 1;
            }
            if (linked) {
                if (done < chars.length()) {
                    add(state, node, new Text(chars.subSequence(done)));
                }
                node.unlink();
                state.nodeRemoved(node);
            }
        }

        private static void add(NodeTracker state, Node before, Node text) {
            before.insertBefore(text);
            state.nodeAdded(text);
        }

        /** A link that starts at {@code i} (or, for a scheme or an address, that {@code i} is inside of). */
        private static Match match(BasedSequence s, int i, int from) {
            char c = s.charAt(i);
            if (c == 'w' && startsWith(s, i, "www.") && validBefore(s, i)) {
                int domain = domain(s, i, false);
                return domain == 0 ? null : ending(s, i, i + domain, false);
            }
            if (c == ':' && startsWith(s, i, "://")) {
                for (String scheme : SCHEMES) {
                    int start = i - scheme.length();
                    if (start >= from && s.subSequence(start, i).toString().equals(scheme)
                            && (start == 0 || !Character.isLetter(s.charAt(start - 1)))) {
                        int domain = domain(s, i + 3, true);
                        return domain == 0 ? null : ending(s, start, i + 3 + domain, false);
                    }
                }
                return null;
            }
            if (c == '@') {
                return mail(s, i, from);
            }
            return null;
        }

        /** What may come before {@code www.}: nothing, a space, or the emphasis and bracket characters. */
        private static boolean validBefore(BasedSequence s, int i) {
            int offset = s.getStartOffset() + i;
            if (offset == 0) {
                return true;
            }
            char before = i > 0 ? s.charAt(i - 1) : s.getBaseSequence().charAt(offset - 1);
            return Character.isWhitespace(before) || "*_~(".indexOf(before) >= 0;
        }

        /** cmark-gfm's check_domain: the length of a valid domain at {@code start}, or 0. */
        private static int domain(BasedSequence s, int start, boolean allowShort) {
            int size = s.length() - start;
            if (size <= 0) {
                return 0; // "http://" at the very end of the text: no domain, and no character to look at
            }
            int periods = 0;
            int underscoresBefore = 0;
            int underscores = 0;
            int i;
            for (i = 1; i < size - 1; i++) {
                char c = s.charAt(start + i);
                if (c == '\\' && i < size - 2) {
                    i++;
                    c = s.charAt(start + i);
                }
                if (c == '_') {
                    underscores++;
                } else if (c == '.') {
                    underscoresBefore = underscores;
                    underscores = 0;
                    periods++;
                } else if (!hostChar(c) && c != '-') {
                    break;
                }
            }
            if (underscoresBefore > 0 || underscores > 0) {
                return 0; // no underscore in the last two labels
            }
            return allowShort || periods > 0 ? i : 0;
        }

        private static boolean hostChar(char c) {
            return !Character.isWhitespace(c) && !isAsciiPunctuation(c);
        }

        /** Runs on to the next space or '<', then trims the end as cmark-gfm's autolink_delim does. */
        private static Match ending(BasedSequence s, int start, int end, boolean mail) {
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<') {
                end++;
            }
            end = trimmed(s, start, end);
            return end <= start ? null : new Match(start, end, mail);
        }

        private static int trimmed(BasedSequence s, int start, int end) {
            while (end > start) {
                char last = s.charAt(end - 1);
                if ("?!.,:*_~'\"".indexOf(last) >= 0) {
                    end--;
                } else if (last == ';') {
                    int k = end - 2;
                    while (k > start && isAsciiLetter(s.charAt(k))) {
                        k--;
                    }
                    end = k < end - 2 && s.charAt(k) == '&' ? k : end - 1;
                } else if (last == ')') {
                    int opening = 0;
                    int closing = 0;
                    for (int k = start; k < end; k++) {
                        if (s.charAt(k) == '(') {
                            opening++;
                        } else if (s.charAt(k) == ')') {
                            closing++;
                        }
                    }
                    if (closing <= opening) {
                        break;
                    }
                    end--;
                } else {
                    break;
                }
            }
            return end;
        }

        /** cmark-gfm's email_match, at the '@'. */
        private static Match mail(BasedSequence s, int at, int from) {
            int start = at;
            while (start > from) {
                char c = s.charAt(start - 1);
                if (c == '/') {
                    return null;
                }
                if (!isAsciiLetterOrDigit(c) && ".+-_".indexOf(c) < 0) {
                    break;
                }
                start--;
            }
            if (start == at) {
                return null;
            }
            int end = at;
            int ats = 0;
            int periods = 0;
            for (; end < s.length(); end++) {
                char c = s.charAt(end);
                if (isAsciiLetterOrDigit(c)) {
                    continue;
                }
                if (c == '@') {
                    ats++;
                } else if (c == '.' && end < s.length() - 1 && isAsciiLetterOrDigit(s.charAt(end + 1))) {
                    periods++;
                } else if (c != '-' && c != '_') {
                    break;
                }
            }
            char last = s.charAt(end - 1);
            if (end - at < 2 || ats != 1 || periods == 0 || !isAsciiLetter(last) && last != '.') {
                return null;
            }
            end = trimmed(s, start, end);
            return end <= at ? null : new Match(start, end, true);
        }

        private static boolean startsWith(BasedSequence s, int i, String prefix) {
            return i + prefix.length() <= s.length() && s.subSequence(i, i + prefix.length()).toString()
                    .equals(prefix);
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return isAsciiLetter(c) || c >= '0' && c <= '9';
        }

        private static boolean isAsciiPunctuation(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }
}

package io.github.senryaku.reports.html;

import gg.jte.html.HtmlAttribute;
import gg.jte.html.HtmlPolicyException;
import gg.jte.html.HtmlTag;
import gg.jte.html.OwaspHtmlPolicy;
import java.util.Set;

/**
 * What the HTML edition's templates may contain, checked by jte when it compiles them: OWASP's rules (no inline
 * event handlers, quoted attributes, no output inside tag names) and, for a site that must run nowhere but a
 * browser's renderer, no script, no embedded objects and no inline styles (the stylesheet is the site's one file).
 */
public class StaticPagePolicy extends OwaspHtmlPolicy {

    private static final Set<String> REFUSED_TAGS = Set.of("script", "iframe", "object", "embed", "base");

    public StaticPagePolicy() {
        addPolicy(new gg.jte.html.HtmlPolicy() {
            @Override
            public void validateHtmlTag(HtmlTag tag) {
                if (REFUSED_TAGS.contains(tag.getName())) {
                    throw new HtmlPolicyException("<" + tag.getName() + "> is not allowed: the HTML edition is static pages");
                }
            }

            @Override
            public void validateHtmlAttribute(HtmlTag tag, HtmlAttribute attribute) {
                if (attribute.getName().equals("style")) {
                    throw new HtmlPolicyException("style attributes are not allowed: styles live in style.css");
                }
            }
        });
    }
}

package io.github.senryaku.server;

/** The upload page's HTML: one plain, printable layout in Japanese; every text from outside is escaped. */
final class Html {

    private Html() {
    }

    /** A page as the response, with its status. */
    static jakarta.ws.rs.core.Response response(int status, String page) {
        return jakarta.ws.rs.core.Response.status(status).entity(page)
                .type(jakarta.ws.rs.core.MediaType.TEXT_HTML + ";charset=UTF-8").build();
    }

    /** Escapes text for HTML content and quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page; {@code body} is already HTML. No inline style or script: the CSP allows only the server's own files. */
    static String page(String title, String user, String csrf, String body) {
        String signOut = user == null ? "" : "<form method=\"post\" action=\"/logout\" class=\"who\">" + escape(user)
                + " さん <input type=\"hidden\" name=\"csrf\" value=\"" + escape(csrf) + "\">"
                + "<button type=\"submit\">サインアウト</button></form>";
        return "<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " | senryaku</title><link rel=\"stylesheet\" href=\"/style.css\">"
                + "</head><body><header><a href=\"/\">senryaku 総合戦略 進捗管理</a>" + signOut + "</header>"
                + "<main><h1>" + escape(title) + "</h1>" + body + "</main></body></html>\n";
    }
}

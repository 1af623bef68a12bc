package org.lngsim.report;

/**
 * Escaping for text put into HTML (the run report and the back-cast report), so scenario strings can
 * never break or script the page; and the page style the HTML pages share.
 */
public final class Html {

    private Html() {
    }

    /** The page style the briefing and the comparison share (each adds its own rules after it). */
    public static final String PAGE_STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#111;\
            line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}h2{font-size:1.3em;margin-top:1.8em;border-bottom:2px solid #0072B2}
            .meta{color:#555}table{border-collapse:collapse;margin:.6em 0}
            th,td{border:1px solid #ccc;padding:.3em .7em;text-align:right}th:first-child,td:first-child{text-align:left}
            th{background:#f1f5f9}td.better{color:#006b4f;font-weight:bold}td.worse{color:#a33d00;font-weight:bold}
            figure{margin:1.2em 0}figure img{width:100%;height:auto;border:1px solid #ddd}
            figcaption{color:#444;font-size:.95em}small,.note{color:#555}
            """;

    public static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
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
}

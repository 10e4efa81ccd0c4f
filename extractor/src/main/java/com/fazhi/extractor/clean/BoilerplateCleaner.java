package com.fazhi.extractor.clean;

import java.util.regex.Pattern;

/**
 * Drops the lines that belong to the web page, not the report: breadcrumbs, font-size and share bars, print/close
 * links, footers (版权所有, 主办单位, ICP备案 …), a document-sharing site's wrapper, and stray "?" or "|" lines left by
 * broken encodings and tables. A line that carries a date or the page's source (发布时间, 来源) is kept: the
 * publication date is read from it.
 */
public final class BoilerplateCleaner {

    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:当前位置|您的位置|你的位置|您现在的位置|首页\\s*[>›»]|字体[::]?|【\\s*字体|字号[::]|分享(?:到)?[::]?|打印(?:本页)?$|关闭(?:窗口|本页)?$"
                    + "|【?打印】?\\s*【?关闭】?$|扫一扫|微信公众号$|政务微博$|网站地图|联系我们|主办单位|承办单位|协办单位|技术支持|主管单位"
                    + "|网站标识码|信息公开元数据$|相关链接|上一篇|下一篇|责任编辑|【我要纠错】)"
                    + "|版权所有|ICP备|公网安备|由会员分享|可在线阅读|更多相关|^[?？|\\-—_=·•\\s]+$");
    private static final Pattern KEEP = Pattern.compile("发布|日期|时间|来源|\\d{4}[-年/.]\\d{1,2}");

    private BoilerplateCleaner() {
    }

    /** Expects normalised text (one paragraph per line); returns it without the page furniture. */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (!isFurniture(line)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static final int SHORT_LINE = 120;

    static boolean isFurniture(String line) {
        if (line.length() > SHORT_LINE) { // a paragraph: furniture only if a footer was glued to it
            return line.contains("版权所有") && line.contains("ICP备");
        }
        return FURNITURE.matcher(line).find() && (line.length() < 12 || !KEEP.matcher(line).find()
                || line.contains("版权所有") || line.contains("ICP备"));
    }
}

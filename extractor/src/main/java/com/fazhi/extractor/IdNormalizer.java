package com.fazhi.extractor;

import java.util.regex.Pattern;

import com.fazhi.extractor.normalize.TextNormalizer;

/**
 * The text a report id is a hash of, made by its own normaliser, version 1, frozen: NFKC and one paragraph per line
 * (TextNormalizer), the page furniture of 2026-11 dropped (breadcrumbs, share bars, footers), whitespace removed. It
 * deliberately does not read the engine's word lists (lexicon/furniture.json): the cleaner may improve, an id must
 * not change, or a report sent again would become a second report. A new normaliser is a new version beside this one
 * (with a migration of the stored ids), never an edit of it; IdPinningTest pins the ids of the corpus.
 */
public final class IdNormalizer {

    public static final String VERSION = "id-v1";

    private static final Pattern FURNITURE = Pattern.compile(
            "^(?:当前位置|您的位置|你的位置|您现在的位置|首页\\s*[>›»]|字体[::]?|【\\s*字体|字号[::]|分享(?:到)?[::]?|打印(?:本页)?$|关闭(?:窗口|本页)?$"
                    + "|【?打印】?\\s*【?关闭】?$|扫一扫|微信公众号$|政务微博$|网站地图|联系我们|主办单位|承办单位|协办单位|技术支持|主管单位"
                    + "|网站标识码|信息公开元数据$|相关链接|上一篇|下一篇|责任编辑|【我要纠错】)"
                    + "|版权所有|ICP备|公网安备|由会员分享|可在线阅读|更多相关|^[?？|\\-—_=·•\\s]+$");
    private static final Pattern KEEP = Pattern.compile("发布|日期|时间|来源|\\d{4}[-年/.]\\d{1,2}");
    private static final int SHORT_LINE = 120;

    private IdNormalizer() {
    }

    public static String normalize(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : TextNormalizer.normalize(text).split("\n")) {
            if (!isFurniture(line)) {
                kept.append(line).append('\n');
            }
        }
        StringBuilder compact = new StringBuilder(kept.length());
        kept.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(compact::appendCodePoint);
        return compact.toString();
    }

    private static boolean isFurniture(String line) {
        if (line.length() > SHORT_LINE) {
            return line.contains("版权所有") && line.contains("ICP备");
        }
        return FURNITURE.matcher(line).find() && (line.length() < 12 || !KEEP.matcher(line).find()
                || line.contains("版权所有") || line.contains("ICP备"));
    }
}

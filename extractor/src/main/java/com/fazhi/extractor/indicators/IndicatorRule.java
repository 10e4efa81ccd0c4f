package com.fazhi.extractor.indicators;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One way a catalog key is worded, compiled from catalog.json. A figure matches when its unit is one of the key's,
 * {@code before} is found in the clause up to the figure, {@code after} in the clause after it, {@code topic} in the
 * sentence up to the figure or the one before it, with none of {@code topicNot} after the topic's last mention, and
 * {@code not} neither in the words {@code before} matched (and a few characters ahead of them) nor just after, and
 * {@code clauseNot} nowhere in the figure's own item of its clause (an enumeration's other items, "A 5次、B 7次",
 * are not its words). Where the key's catalog entry says {@code headGovernsItems}, a later item of an enumeration
 * is also read with the clause's head (see {@link #governedItem}).
 * Absent patterns do not constrain.
 */
record IndicatorRule(String key, Set<String> units, Pattern before, Pattern after, Pattern topic, Pattern topicNot,
        Pattern not, Pattern clauseNot, Double statedConfidence, String beforeFirsts, boolean headGovernsItems) {

    /** How directly this rule reads its figure: the catalog's value, else from the rule's shape (see Indicator). */
    double confidence() {
        if (statedConfidence != null) {
            return statedConfidence;
        }
        if (topic != null) {
            java.util.regex.Matcher t = topic.matcher(sentenceBefore.text()).region(sentenceBefore.start(), sentenceBefore.end());
            int last = -1;
            while (t.find()) {
                last = t.end();
            }
            if (last < 0) {
                return false;
            }
            return topicNot == null
                    || !topicNot.matcher(sentenceBefore.text()).region(last, sentenceBefore.end()).find();
        }
        return true;
    }
}

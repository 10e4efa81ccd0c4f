package com.fazhi.reference.region;

/** One administrative unit of the division table: its code (2, 4, 6 or 9 digits), name, and parent (null at the top). */
public record RegionUnit(String code, String name, RegionUnit parent) {

    public enum Level { PROVINCE, CITY, COUNTY, TOWNSHIP }

    public Level level() {
        return switch (code.length()) {
            case 2 -> Level.PROVINCE;
            case 4 -> Level.CITY;
            case 6 -> Level.COUNTY;
            default -> Level.TOWNSHIP;
        };
    }

    /** 北京, 天津, 上海, 重庆: a province-level unit that governs itself as a city (全市, 市政府). */
    public boolean isMunicipality() {
        return code.length() == 2 && (code.equals("11") || code.equals("12") || code.equals("31") || code.equals("50"));
    }

    public boolean isWithin(RegionUnit ancestor) {
        for (RegionUnit u = parent; u != null; u = u.parent) {
            if (u == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A county row that repeats its city's name (东莞市 under 东莞市, 中山市, 儋州市, 嘉峪关市): a city with no counties,
     * whose towns the table hangs under this row. It is the city again, not a county.
     */
    public boolean repeatsItsParent() {
        return parent != null && parent.name.equals(name);
    }

    /** The unit of the given level on the path to the top, or null (a municipality has no city, 东莞市 no county). */
    public RegionUnit at(Level level) {
        for (RegionUnit u = this; u != null; u = u.parent) {
            if (u.level() == level && !u.repeatsItsParent()) {
                return u;
            }
        }
        return null;
    }

    /** The 6-digit GB/T 2260 code of the lowest unit that has one: a township gives its county's code. */
    public String gbCode() {
        return switch (code.length()) {
            case 2 -> code + "0000";
            case 4 -> code + "00";
            case 6 -> code;
            default -> parent.gbCode();
        };
    }
}

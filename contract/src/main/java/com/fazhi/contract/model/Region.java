package com.fazhi.contract.model;

/** The administrative units of the issuing authority, full official names, and the GB/T 2260 code of the lowest one. */
public record Region(String province, String city, String county, String township, String code) {

    public static final Region UNKNOWN = new Region(null, null, null, null, null);
}

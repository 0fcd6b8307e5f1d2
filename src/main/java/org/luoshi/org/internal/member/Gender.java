package org.luoshi.org.internal.member;

/** 性别, stored as M or F; the words shown are in the bundle (member.gender.M / .F). */
public enum Gender {
    M, F
}

package org.luoshi.study.internal.group;

/** The place a person takes in a leading group: 组长, 副组长, 成员, 办公室主任/联络员. */
public enum SeatRole {
    HEAD, DEPUTY, MEMBER, LIAISON
}

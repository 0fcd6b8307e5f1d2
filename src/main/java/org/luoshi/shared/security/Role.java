package org.luoshi.shared.security;

/** What an account may do; each account acts for one unit, and every role is limited to that unit's subtree. */
public enum Role {
    /** 系统管理员 */
    SYSTEM_ADMIN,
    /** 单位管理员（联络员/秘书长） */
    UNIT_ADMIN,
    /** 领导小组成员：只读 */
    LEADER,
    /** 宣传编辑 */
    EDITOR,
    /** 评估专家 */
    EVALUATOR,
    /** 会员（老科技工作者） */
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}

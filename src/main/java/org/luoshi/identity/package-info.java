/**
 * 账号与权限: accounts acting for one unit, roles, login, lock-out, TOTP, personal access tokens.
 */
package org.luoshi.identity;

/**
 * 组织与会员: the unit tree, members, leaders and contacts, imports. Publishes {@link org.luoshi.org.UnitDirectory}.
 */
package org.luoshi.org;

/**
 * 部署落实: plans and their item tree, issuing to units, acknowledgement, forwarding down the tree, implementation
 * plans with measures, progress with evidence, reminders, and the roll-up over any subtree.
 */
package org.luoshi.plan;

/**
 * 部署落实: plans and their item tree, issuing to units, acknowledgement, forwarding down the tree, implementation
 * plans with measures, progress with evidence, reminders, and the roll-up over any subtree. It owns the contract
 * by which the modules built on it count their work toward plan items (计入落实: {@link org.luoshi.plan.LinkableItems},
 * {@link org.luoshi.plan.WorkCounted}); it depends only on the modules below it, never on one that counts.
 */
@ApplicationModule(allowedDependencies = {"org", "audit", "shared"})
package org.luoshi.plan;

import org.springframework.modulith.ApplicationModule;

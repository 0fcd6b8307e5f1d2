/**
 * 组织学习: leading groups (领导小组), study plans (学习计划), collective study sessions (集体学习) and study materials
 * read in full, section by section (原原本本、逐字逐句), with each member's reading progress and coverage over any
 * subtree. Its records count toward plan items through plan's contract (计入落实: kinds {@code study.group},
 * {@code study.session}, {@code study.reading}).
 */
@ApplicationModule(allowedDependencies = {"plan", "org", "identity", "audit", "shared"})
package org.luoshi.study;

import org.springframework.modulith.ApplicationModule;

/**
 * 工作台: what needs the user now and how their subtree stands, composed from the modules' published queries.
 */
package org.luoshi.dashboard;

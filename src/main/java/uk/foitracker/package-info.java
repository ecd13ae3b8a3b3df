/** FOI Tracker: one root package, one sub-package per feature. */
package uk.foitracker;

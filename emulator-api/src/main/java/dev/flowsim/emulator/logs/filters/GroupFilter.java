package dev.flowsim.emulator.logs.filters;

import dev.flowsim.emulator.logs.filter.FilterPattern;

/** What metric and subscription filters share: a name and a compiled pattern (regex quotas count both kinds). */
public interface GroupFilter {

    String filterName();

    FilterPattern compiled();
}

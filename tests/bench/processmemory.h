// SPDX-FileCopyrightText: 2026 The Hearth authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

#include <optional>

namespace hearth::bench {

// The process's resident memory as the kernel counts it. Linux only: elsewhere every
// figure is absent (reported as null), never guessed.
class ProcessMemory
{
public:
    static std::optional<double> peakMb(); // VmHWM: the high-water mark
    static std::optional<double> currentMb(); // VmRSS

    // Starts a new high-water mark at the current RSS (writes "5" to /proc/self/clear_refs,
    // Linux >= 4.0), so the next peakMb() covers one phase only. False where not permitted.
    static bool resetPeak();

    // Hands the heap that earlier phases freed back to the system (glibc keeps it), so a
    // phase's peak is not the leftovers of the phase before. False where there is no such call.
    static bool releaseFreeHeap();

private:
    static std::optional<double> statusFieldMb(QLatin1String field);
};

} // namespace hearth::bench

using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace WinsockErrors.Benchmarks;

/// <summary>The first lookup in a fresh process: loading the library, its type initialiser and the JIT of the path.</summary>
public static class FirstLookup
{
    /// <summary>Looks up 10054 once and exits; first-lookup.sh times the whole process against <c>--noop</c>.</summary>
    /// <returns>0 when the code is found, 1 otherwise.</returns>
    public static int Run() => FindConnectionReset() ? 0 : 1;

    /// <summary>Times the first and the second lookup inside the process and prints both in microseconds.</summary>
    /// <returns>0 when the code is found, 1 otherwise.</returns>
    public static int RunTimed()
    {
        var first = Stopwatch.GetTimestamp();
        var found = FindConnectionReset();
        var second = Stopwatch.GetTimestamp();
        found &= FindConnectionReset();
        var end = Stopwatch.GetTimestamp();

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"first {Stopwatch.GetElapsedTime(first, second).TotalMicroseconds:F1} us, second {Stopwatch.GetElapsedTime(second, end).TotalMicroseconds:F3} us"));
        return found ? 0 : 1;
    }

    // Not inlined, so that the library is loaded when this method is compiled, inside the timed region.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FindConnectionReset() => WsaErrors.Find(10054) is not null;
}

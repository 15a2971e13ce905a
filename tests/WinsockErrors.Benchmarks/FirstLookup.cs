using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    /// <summary>
    /// Splits the first lookup into its phases and prints each in microseconds: loading the library, the
    /// <see cref="RuntimeInformation"/> probes its type initialiser makes to find the OS, loading System.Net.Primitives
    /// (for <see cref="System.Net.Sockets.SocketError"/>), compiling the type initialiser of <see cref="WsaErrors"/>,
    /// running it (building the table of entries), then the first call (the JIT of the lookup path).
    /// </summary>
    /// <returns>0 when the code is found, 1 otherwise.</returns>
    public static int RunPhases()
    {
        var start = Stopwatch.GetTimestamp();
        var loaded = LoadLibrary();
        var afterLoad = Stopwatch.GetTimestamp();
        var platform = ProbePlatform();
        var afterProbe = Stopwatch.GetTimestamp();
        var socketErrors = LoadSocketError();
        var afterSockets = Stopwatch.GetTimestamp();

        // Finding the type initialiser by reflection is not part of a lookup: it stays out of the timed phases.
        var initialiser = typeof(WsaErrors).TypeInitializer!.MethodHandle;
        var beforeJit = Stopwatch.GetTimestamp();
        RuntimeHelpers.PrepareMethod(initialiser);
        var afterJit = Stopwatch.GetTimestamp();
        RuntimeHelpers.RunClassConstructor(typeof(WsaErrors).TypeHandle);
        var afterInit = Stopwatch.GetTimestamp();
        var found = FindConnectionReset();
        var end = Stopwatch.GetTimestamp();

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"load {Stopwatch.GetElapsedTime(start, afterLoad).TotalMicroseconds:F1} us, platform probes {Stopwatch.GetElapsedTime(afterLoad, afterProbe).TotalMicroseconds:F1} us, System.Net.Primitives {Stopwatch.GetElapsedTime(afterProbe, afterSockets).TotalMicroseconds:F1} us, JIT of the type initialiser {Stopwatch.GetElapsedTime(beforeJit, afterJit).TotalMicroseconds:F1} us, running it {Stopwatch.GetElapsedTime(afterJit, afterInit).TotalMicroseconds:F1} us, first call {Stopwatch.GetElapsedTime(afterInit, end).TotalMicroseconds:F1} us ({loaded}, {platform}, {socketErrors})"));
        return found ? 0 : 1;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint LoadLibrary() => typeof(WsaError).TypeHandle.Value;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static nint LoadSocketError() => typeof(System.Net.Sockets.SocketError).TypeHandle.Value;

    // The calls WsaErrors.DetectNativePlatform makes on Linux, so that the type initialiser finds them warm.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool ProbePlatform() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
        || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
        || RuntimeInformation.IsOSPlatform(OSPlatform.Create("IOS"))
        || RuntimeInformation.IsOSPlatform(OSPlatform.Create("TVOS"))
        || RuntimeInformation.IsOSPlatform(OSPlatform.Create("MACCATALYST"))
        || RuntimeInformation.IsOSPlatform(OSPlatform.Create("FREEBSD"));

    // Not inlined, so that the library is loaded when this method is compiled, inside the timed region.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool FindConnectionReset() => WsaErrors.Find(10054) is not null;
}

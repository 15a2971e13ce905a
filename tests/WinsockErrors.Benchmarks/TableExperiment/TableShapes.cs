using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// The experiment behind the first-lookup proposal: the JIT and the run of the generated table initialiser as it is
/// (<see cref="TableAsCode"/>) against the same table built in a loop from data (<see cref="TableAsData"/>).
/// </summary>
public static class TableShapes
{
    /// <summary>Times one of the two shapes in this fresh process and prints the JIT and run times in microseconds.</summary>
    /// <param name="shape"><c>code</c> or <c>data</c>.</param>
    /// <returns>0, or 1 for an unknown shape or when the two tables differ.</returns>
    public static int Run(string shape)
    {
        var type = shape switch
        {
            "code" => typeof(TableAsCode),
            "data" => typeof(TableAsData),
            _ => null,
        };
        if (type is null)
        {
            return 1;
        }

        // Everything both shapes use is loaded and compiled first, so that only the shape itself is timed.
        _ = new TableEntry(WsaError.NO_ERROR, "", "", "", "", WsaErrorCategory.Success, [], [new TableErrno("", null, 1, null, null, false)], null, 0, false, false, "");
        _ = "a\0b".Split('\0')[1..];

        var initialiser = type.TypeInitializer!.MethodHandle;
        var start = Stopwatch.GetTimestamp();
        RuntimeHelpers.PrepareMethod(initialiser);
        var compiled = Stopwatch.GetTimestamp();
        RuntimeHelpers.RunClassConstructor(type.TypeHandle);
        var end = Stopwatch.GetTimestamp();

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{shape}: JIT {Stopwatch.GetElapsedTime(start, compiled).TotalMicroseconds:F1} us, run {Stopwatch.GetElapsedTime(compiled, end).TotalMicroseconds:F1} us"));
        return Describe(TableAsCode.Table).SequenceEqual(Describe(TableAsData.Table)) ? 0 : 1;
    }

    private static string[] Describe(TableEntry[] table) =>
    [
        .. table.Select(e => string.Join(
            '|',
            e.Error, e.Name, e.Title, e.Description, e.Message, e.Category, string.Join(',', e.Aliases),
            string.Join(',', e.Errno), e.SocketError, e.HResult, e.IsTransient, e.IsTimeout, e.OneLine)),
    ];
}

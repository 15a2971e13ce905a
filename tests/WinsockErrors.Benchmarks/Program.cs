using System;
using System.Runtime.CompilerServices;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// Runs the benchmarks through <see cref="BenchmarkSwitcher"/> (pick classes with <c>--filter</c>), or one of the
/// process modes that first-lookup.sh times: <c>--noop</c>, <c>--first-lookup</c>, <c>--first-lookup-timed</c> and
/// <c>--first-lookup-phases</c>.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <param name="args">A process mode, or BenchmarkDotNet's command line.</param>
    /// <returns>The process exit code.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);

        // The process modes touch neither BenchmarkDotNet nor, for --noop, the library: each lives in its own
        // method so that the JIT loads only the assemblies that mode needs.
        if (args.Length == 1)
        {
            switch (args[0])
            {
                case "--noop":
                    return 0;
                case "--first-lookup":
                    return FirstLookup.Run();
                case "--first-lookup-timed":
                    return FirstLookup.RunTimed();
                case "--first-lookup-phases":
                    return FirstLookup.RunPhases();
            }
        }

        RunBenchmarks(args, typeof(ByCodeBenchmarks), typeof(ByNameBenchmarks), typeof(ToNameBenchmarks), typeof(DescribeBenchmarks), typeof(WrappedExceptionBenchmarks),
            typeof(ByMessageBenchmarks));
        return 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RunBenchmarks(string[] args, params Type[] benchmarkTypes)
    {
        // A short job, because the machine may be shared with other builds; job options on the command line
        // (--iterationCount, --warmupCount, --launchCount) refine it.
        var job = Job.Default
            .WithWarmupCount(3)
            .WithIterationCount(12)
            .WithLaunchCount(1)
            .WithId("Short12")
            .AsDefault();

        var config = DefaultConfig.Instance
            .AddJob(job)
            .AddColumn(StatisticColumn.Median)
            .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));

        BenchmarkSwitcher.FromTypes(benchmarkTypes).Run(args, config);
    }
}

using System;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// From a log line to the error its message names: <see cref="WsaErrors.TryFindByMessage(string?, out WsaErrorInfo?)"/>
/// against what a user writes without the library, <see cref="string.Contains(string, StringComparison)"/> with
/// <see cref="StringComparison.OrdinalIgnoreCase"/> over Windows' English messages. Each invocation reads the eight
/// lines of <see cref="Lines"/>; times are per line.
/// </summary>
/// <remarks>
/// The baseline knows English only, so it finds two of the eight lines where the library finds seven; the comparison
/// is of cost. The library normalises each line (letters and digits, lower case) and then tries its keys longest first.
/// </remarks>
[MemoryDiagnoser]
public class ByMessageBenchmarks
{
    private string[] _lines = [];
    private (string Message, int Code)[] _englishMessages = [];

    /// <summary>
    /// Real posted lines, from the tool's corpus (tests/WinsockErrors.Cli.Tests/Corpus), each with its thread: English,
    /// Chinese, Japanese, German, Spanish, a line that is no socket error, and two with the number beside the text.
    /// </summary>
    public static string[] Lines() =>
    [
        // https://github.com/StorjOld/dataserv-client/issues/26
        "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
        // https://github.com/gitextensions/gitextensions/issues/7642
        "System.Net.Sockets.SocketException (0x80004005): 远程主机强迫关闭了一个现有的连接。",
        // https://github.com/shadowsocks/shadowsocks-windows/issues/229
        "[2015-08-03 15:07:42] System.Net.Sockets.SocketException: 由于目标计算机积极拒绝，无法连接。 43.224.35.69:12231",
        // https://github.com/p2pquake/epsp-peer-cs/issues/187
        "  Message=既存の接続はリモート ホストに強制的に切断されました。",
        // https://github.com/genotrance/px/issues/148
        "Process-1: Thread_0: 1652886021: /__init__/handle/handle_one_request: Socket error: [WinError 10054] Eine vorhandene Verbindung wurde vom Remotehost geschlossen",
        // https://github.com/dotnet/dotnet-api-docs/issues/9821
        " ---> System.Net.Sockets.SocketException (10061): No se puede establecer una conexión ya que el equipo de destino denegó expresamente dicha conexión.",
        // https://github.com/DeepRNN/image_captioning/issues/47
        "FileNotFoundError: [WinError 2] 系统找不到指定的文件。",
        // https://github.com/Jules-WinnfieldX/CyberDropDownloader/issues/30
        "(\"Connection broken: ConnectionResetError(10054, 'An existing connection was forcibly closed by the remote host', None, 10054, None)\"",
    ];

    /// <summary>Builds the inputs and the baseline's table.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _lines = Lines();
        _englishMessages = WsaErrors.All.Select(info => (info.Message.TrimEnd('.'), info.Code)).ToArray();
    }

    /// <summary>What a user writes: each English message, looked for in the line ignoring case.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 8)]
    public int String_Contains_OrdinalIgnoreCase()
    {
        var total = 0;
        foreach (var line in _lines)
        {
            foreach (var (message, code) in _englishMessages)
            {
                if (line.Contains(message, StringComparison.OrdinalIgnoreCase))
                {
                    total += code;
                    break;
                }
            }
        }

        return total;
    }

    /// <summary>The library: <see cref="WsaErrors.TryFindByMessage(string?, out WsaErrorInfo?)"/>.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(OperationsPerInvoke = 8)]
    public int WsaErrors_TryFindByMessage()
    {
        var total = 0;
        foreach (var line in _lines)
        {
            if (WsaErrors.TryFindByMessage(line, out var info))
            {
                total += info.Code;
            }
        }

        return total;
    }
}

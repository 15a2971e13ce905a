using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// explain must report what it reported before its engine was rebuilt: the SHA-256 of its whole output (text and
/// --json) on the corpora and on a generated log of about 4 MB, for each --os. The hashes were taken from the engine
/// before the rebuild. A change here must be a fix named in the commit that changes the hash.
/// </summary>
public class DifferentialTests
{
    private const int LogBytes = 4 << 20;

    private static readonly Lazy<string> s_log = new(() => GeneratedLog.Build(LogBytes, seed: 10054));

    [Theory]
    [InlineData("linux", "", "88715ED0D77FBA320B37424DCC4AD79D2A3FC58A4008A4500A4E33D35A8D3041")]
    [InlineData("windows-crt", "", "BCF38A1EA142D5FD66D1FF674117A42C20ABB6678BE9E955679677784B357EF5")]
    [InlineData("linux", "--json", "1F7B52C2304C342D310B3FBDE29C5E1242B28E6892DAB705B82903988609CDFD")]
    [InlineData("macos", "--json", "DA42BD0972D7FD4868E50AC0DB67064AA75E9796A752EBDA7ADDBD7F7A086E45")]
    public void The_corpora_give_the_same_output(string os, string json, string expected)
    {
        var input = string.Join('\n', GeneratedLog.CorpusLines) + "\n";

        Hash(Run(input, os, json)).Should().Be(expected);
    }

    [Theory]
    [InlineData("linux", "", "FCC4734D342CA1FD45E6A0BE755D4932F36FD0129CD72AAC66A4E43BD1D96025")]
    [InlineData("freebsd", "", "082E9B2C1403E7F0D6EF060DCCC68185DFFA3840CEE8B78B0707F9844B70FD05")]
    [InlineData("linux", "--json", "66C072AB5A1775E3C3E8CD89D3E06689FEDB825F7623E27EA0BA4C2D9495DA67")]
    public void A_generated_log_gives_the_same_output_read_from_a_file(string os, string json, string expected)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, s_log.Value, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            var args = json.Length > 0 ? new[] { "explain", path, "--os", os, json } : ["explain", path, "--os", os];
            var run = CliRun.Of(args);

            run.ExitCode.Should().Be(0);
            Hash(run.Out.Replace(JsonEscaped(path), "LOG", StringComparison.Ordinal)).Should().Be(expected);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_generated_log_gives_the_same_output_from_standard_input() =>
        Hash(Run(s_log.Value, "linux", "")).Should().Be("FCC4734D342CA1FD45E6A0BE755D4932F36FD0129CD72AAC66A4E43BD1D96025");

    [Fact]
    public void The_generated_log_is_the_same_on_every_run() =>
        Hash(s_log.Value).Should().Be("E0D3EB38B8A500F1350E913B45CABBCD82C8D948AAAC61F9E17261D1F3708459");

    private static string Run(string input, string os, string json)
    {
        var run = json.Length > 0 ? CliRun.WithInput(input, "explain", "--os", os, json) : CliRun.WithInput(input, "explain", "--os", os);
        run.ExitCode.Should().Be(0);
        return run.Out;
    }

    private static string JsonEscaped(string path) => System.Text.Json.JsonEncodedText.Encode(path, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

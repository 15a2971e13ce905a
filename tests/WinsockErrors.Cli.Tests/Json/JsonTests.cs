using System.Linq;
using System.Text.Json;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class JsonTests
{
    [Fact]
    public void One_query_gives_one_object_with_every_field()
    {
        var run = CliRun.Of("10054", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Out);
        var entry = document.RootElement;
        entry.ValueKind.Should().Be(JsonValueKind.Object);
        entry.GetProperty("query").GetString().Should().Be("10054");
        entry.GetProperty("name").GetString().Should().Be("WSAECONNRESET");
        entry.GetProperty("code").GetInt32().Should().Be(10054);
        entry.GetProperty("hex").GetString().Should().Be("0x2746");
        entry.GetProperty("hresult").GetString().Should().Be("0x80072746");
        entry.GetProperty("title").GetString().Should().Be("Connection reset by peer.");
        entry.GetProperty("message").GetString().Should().Be("An existing connection was forcibly closed by the remote host.");
        entry.GetProperty("description").GetString().Should().StartWith("An existing connection");
        entry.GetProperty("category").GetString().Should().Be("Socket");
        entry.GetProperty("socketError").GetString().Should().Be("ConnectionReset");
        entry.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Equal("ECONNRESET");
        entry.GetProperty("transient").GetBoolean().Should().BeFalse();
        entry.GetProperty("timeout").GetBoolean().Should().BeFalse();
        var errno = entry.GetProperty("errno")[0];
        errno.GetProperty("name").GetString().Should().Be("ECONNRESET");
        errno.GetProperty("linux").GetInt32().Should().Be(104);
        errno.GetProperty("macOS").GetInt32().Should().Be(54);
        errno.GetProperty("freeBsd").GetInt32().Should().Be(54);
        errno.GetProperty("windowsCrt").GetInt32().Should().Be(108);
        errno.GetProperty("winsockPair").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public void Several_queries_give_an_array_in_order()
    {
        var run = CliRun.Of("10054", "EAI_NONAME", "--errno", "111", "--os", "linux", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.ValueKind.Should().Be(JsonValueKind.Array);
        document.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString())
            .Should().Equal("WSAECONNRESET", "WSAHOST_NOT_FOUND", "WSAECONNREFUSED");
        document.RootElement[2].GetProperty("query").GetString().Should().Be("errno 111");
    }

    [Fact]
    public void A_code_without_a_SocketError_writes_null()
    {
        using var document = JsonDocument.Parse(CliRun.Of("WSA_QOS_RECEIVERS", "--json").Out);

        document.RootElement.GetProperty("socketError").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void A_query_that_misses_gets_an_entry_with_its_error_and_the_run_exits_1()
    {
        var run = CliRun.Of("10054", "99999", "ECONNRESET", "--json");

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.Out);
        var items = document.RootElement.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("query").GetString()).Should().Equal("10054", "99999", "ECONNRESET");
        items[0].GetProperty("name").GetString().Should().Be("WSAECONNRESET");
        items[1].GetProperty("error").GetString().Should().Be("99999 (0x1869F) is not a Winsock code");
        items[1].TryGetProperty("name", out _).Should().BeFalse();
        items[2].TryGetProperty("error", out _).Should().BeFalse();
        run.Error.Should().Be("wsaerr: 99999 (0x1869F) is not a Winsock code\n");
    }

    [Fact]
    public void One_query_that_misses_gives_one_object_with_its_error()
    {
        var run = CliRun.Of("--errno", "5", "--os", "linux", "--json");

        run.ExitCode.Should().Be(1);
        using var document = JsonDocument.Parse(run.Out);
        document.RootElement.GetProperty("query").GetString().Should().Be("errno 5");
        document.RootElement.GetProperty("error").GetString().Should().Be("errno 5 on Linux has no Winsock counterpart");
    }

    [Fact]
    public void Search_gives_an_array_best_first_with_scores()
    {
        var run = CliRun.Of("search", "actively refused", "--json");

        using var document = JsonDocument.Parse(run.Out);
        var hits = document.RootElement.EnumerateArray().ToList();
        hits[0].GetProperty("name").GetString().Should().Be("WSAECONNREFUSED");
        hits.Select(h => h.GetProperty("score").GetDouble()).Should().BeInDescendingOrder();
    }

    [Fact]
    public void Explain_gives_the_mentions_and_each_error_with_its_lines()
    {
        var run = CliRun.Of("explain", CliRun.TestData("sample.log"), "--os", "linux", "--json");

        run.ExitCode.Should().Be(0);
        using var document = JsonDocument.Parse(run.Out);
        var mentions = document.RootElement.GetProperty("mentions").EnumerateArray().ToList();
        mentions.Select(m => m.GetProperty("line").GetInt32()).Should().Equal(3, 6, 7, 8, 9, 10, 12);
        mentions[2].GetProperty("certainty").GetString().Should().Be("code");
        mentions[2].GetProperty("evidence")[0].GetProperty("text").GetString().Should().Be("HRESULT 0x80072746");
        mentions[2].GetProperty("evidence")[0].GetProperty("kind").GetString().Should().Be("code");
        mentions[3].GetProperty("certainty").GetString().Should().Be("systemMessage");
        mentions[3].GetProperty("evidence")[0].GetProperty("label").GetString().Should().Be("system message");
        var errors = document.RootElement.GetProperty("errors").EnumerateArray().ToList();
        errors.Select(e => e.GetProperty("name").GetString())
            .Should().Equal("WSAECONNRESET", "WSAECONNREFUSED", "WSAHOST_NOT_FOUND", "WSA_OPERATION_ABORTED");
        errors[0].GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()).Should().Equal(3, 7, 8);
    }

    [Fact]
    public void List_gives_every_entry()
    {
        using var document = JsonDocument.Parse(CliRun.Of("list", "--json").Out);

        document.RootElement.GetArrayLength().Should().Be(WsaErrors.All.Count);
    }
}

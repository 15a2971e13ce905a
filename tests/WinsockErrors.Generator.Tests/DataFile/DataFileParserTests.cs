using Microsoft.CodeAnalysis.Text;
using WinsockErrors.Generator.DataFile;

namespace WinsockErrors.Generator.Tests;

public class DataFileParserTests
{
    [Fact]
    public void Reads_every_field_of_an_entry()
    {
        var model = DataFileParser.Parse("x.json", SourceText.From(SampleData.Valid), default);

        model.Diagnostics.Should().BeEmpty();
        model.Categories.Select(c => c.Name).Should().Equal("Success", "Socket");
        var timedOut = model.Entries.Single(e => e.Name == "WSAETIMEDOUT");
        timedOut.Code.Should().Be(10060);
        timedOut.Title.Should().Be("Connection timed out.");
        timedOut.Message.Should().Be("A connection attempt failed.");
        timedOut.Category.Should().Be("Socket");
        timedOut.SocketError.Should().Be("TimedOut");
        timedOut.Transient.Should().BeTrue();
        timedOut.Timeout.Should().BeTrue();
        timedOut.Errno.Should().ContainSingle().Which.Should().Be(new Model.ErrnoModel("ETIMEDOUT", 110, 60, 60, 138, IsWinsockPair: true));
        model.Entries.Single(e => e.Name == "WSAECONNRESET").Description.Should().EndWith("\"Quoted\" & <angled>.");
        model.Entries.Single(e => e.Name == "NO_ERROR").Title.Should().BeEmpty("the library, not the generator, decides what stands in for a missing title");
    }

    [Fact]
    public void Orders_entries_by_code_whatever_the_file_order()
    {
        var json = SampleData.With("\"code\": 0,", "\"code\": 20000,");

        var model = DataFileParser.Parse("x.json", SourceText.From(json), default);

        model.Entries.Select(e => e.Code).Should().Equal(10054, 10060, 20000);
    }
}

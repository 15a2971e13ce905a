using FluentAssertions;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class ReportTests
{
    [Fact]
    public void Report_makes_any_message_one_line()
    {
        Report.OneLine("Argument 'x' not recognized. Must be one of:\n\t'a'\n\t'b'").Should().Be("Argument 'x' not recognized. Must be one of: 'a' 'b'");
    }
}

using WinsockErrors.Analyzers.Data;

namespace WinsockErrors.Analyzers.Tests.Data;

/// <summary>The analyzer's copy of the data files: read when built, agreeing with the library that reads the same files.</summary>
public class WinsockDataTests
{
    [Fact]
    public void Every_errno_the_library_knows_on_Linux_macOS_and_FreeBSD_is_known_to_the_analyzer()
    {
        var checkedMappings = 0;
        foreach (var info in WsaErrors.All)
        {
            foreach (var errno in info.Errno)
            {
                foreach (var (number, os) in new[] { (errno.Linux, "Linux"), (errno.MacOS, "macOS"), (errno.FreeBsd, "FreeBSD") })
                {
                    if (number is { } value)
                    {
                        WinsockData.Instance.ErrnoReadings(value).Should().Contain(
                            new ErrnoReading(os, errno.Name, info.Code), because: $"{info.Name} is {errno.Name} ({value}) on {os}");
                        checkedMappings++;
                    }
                }
            }
        }

        checkedMappings.Should().BeGreaterThan(100);
    }

    [Fact]
    public void Texts_hold_each_message_and_title_without_its_full_stop_and_the_other_wordings()
    {
        var texts = WinsockData.Instance.Texts;

        texts.Should().Contain(text => text.Text == "An existing connection was forcibly closed by the remote host" && text.Codes.SequenceEqual(new[] { 10054 }))
            .And.Contain(text => text.Text == "Connection reset by peer" && text.Origin == "title")
            .And.Contain(text => text.Text == "Name or service not known" && text.Origin == "gai_strerror");
        texts.Should().OnlyContain(text => text.Text.Length > 0 && !text.Text.EndsWith('.') && text.Codes.Length > 0 && !text.Codes.Contains(0));
    }

    [Fact]
    public void Numbers_that_are_no_socket_errno_have_no_reading() =>
        WinsockData.Instance.ErrnoReadings(5).Should().BeEmpty();
}

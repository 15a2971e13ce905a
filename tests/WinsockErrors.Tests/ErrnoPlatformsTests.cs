namespace WinsockErrors.Tests;

public class ErrnoPlatformsTests
{
    [Theory]
    [InlineData(ErrnoPlatform.Linux, "linux", "Linux")]
    [InlineData(ErrnoPlatform.MacOS, "macos", "macOS")]
    [InlineData(ErrnoPlatform.FreeBsd, "freebsd", "FreeBSD")]
    [InlineData(ErrnoPlatform.WindowsCrt, "windows-crt", "Windows CRT")]
    public void Each_platform_has_one_name_that_reads_back(ErrnoPlatform platform, string name, string displayName)
    {
        platform.GetName().Should().Be(name);
        platform.GetDisplayName().Should().Be(displayName);
        ErrnoPlatforms.TryParse(name, out var parsed).Should().BeTrue();
        parsed.Should().Be(platform);
        ErrnoPlatforms.TryParse(name.ToUpperInvariant().AsSpan(), out parsed).Should().BeTrue();
        parsed.Should().Be(platform);
    }

    [Fact]
    public void All_lists_every_member_once_in_the_order_errno_numbers_are_shown() =>
        ErrnoPlatforms.All.Should().Equal(ErrnoPlatform.Linux, ErrnoPlatform.MacOS, ErrnoPlatform.FreeBsd, ErrnoPlatform.WindowsCrt)
            .And.BeEquivalentTo(Enum.GetValues<ErrnoPlatform>());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("darwin")]
    [InlineData("windowsCrt")]
    [InlineData(" linux")]
    [InlineData("MacOS ")]
    public void Other_text_is_no_platform(string? text)
    {
        ErrnoPlatforms.TryParse(text, out var platform).Should().BeFalse();
        platform.Should().Be(default(ErrnoPlatform));
    }

    [Fact]
    public void An_undefined_value_has_no_name()
    {
        var undefined = (ErrnoPlatform)42;

        FluentActions.Invoking(() => undefined.GetName()).Should().Throw<ArgumentOutOfRangeException>().WithMessage("42 is not a defined ErrnoPlatform value.*");
        FluentActions.Invoking(() => undefined.GetDisplayName()).Should().Throw<ArgumentOutOfRangeException>();
    }
}

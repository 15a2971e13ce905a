using FluentAssertions;
using WinsockErrors.Cli.Explain;
using Xunit;

namespace WinsockErrors.Cli.Tests;

public class FirstLetterBucketsTests
{
    private static readonly FirstLetterBuckets<string> s_buckets = new(["Connection refused", "connect", "Host down", "", "errno"], t => t);

    [Theory]
    [InlineData('c', new[] { "Connection refused", "connect" })]
    [InlineData('C', new[] { "Connection refused", "connect" })]
    [InlineData('h', new[] { "Host down" })]
    [InlineData('x', new string[0])]
    public void Texts_are_grouped_by_first_letter_ignoring_case_in_the_order_given(char letter, string[] texts) =>
        s_buckets[letter].Should().Equal(texts);

    [Fact]
    public void The_letters_are_the_distinct_first_letters_upper_cased_without_empty_texts() =>
        s_buckets.Letters.Should().Equal('C', 'H', 'E');
}

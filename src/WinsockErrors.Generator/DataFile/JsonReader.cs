using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace WinsockErrors.Generator.DataFile;

/// <summary>
/// A strict RFC 8259 reader that keeps the offset of every value, so that a diagnostic can point at the exact
/// line of the data file. Written here rather than taken from System.Text.Json: a generator's dependencies must be
/// loaded by every compiler host (Visual Studio runs on .NET Framework), and one small file is safer than seven
/// assemblies whose versions have to match the host's.
/// </summary>
internal sealed class JsonReader
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly CancellationToken _cancellationToken;
    private int _position;
    private int _depth;

    private JsonReader(string text, CancellationToken cancellationToken)
    {
        _text = text;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="JsonSyntaxException">The text is not one valid JSON value.</exception>
    public static JsonValue Parse(string text, CancellationToken cancellationToken)
    {
        var reader = new JsonReader(text, cancellationToken);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            reader._position = 1;
        }

        var value = reader.ReadValue();
        reader.SkipWhiteSpace();
        if (reader._position < text.Length)
        {
            throw new JsonSyntaxException("unexpected text after the end of the document", reader._position);
        }

        return value;
    }

    private JsonValue ReadValue()
    {
        SkipWhiteSpace();
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException("unexpected end of the document", _position);
        }

        var c = _text[_position];
        return c switch
        {
            '{' => ReadObject(),
            '[' => ReadArray(),
            '"' => ReadString(),
            't' => ReadLiteral("true", JsonKind.True),
            'f' => ReadLiteral("false", JsonKind.False),
            'n' => ReadLiteral("null", JsonKind.Null),
            _ when c == '-' || (c >= '0' && c <= '9') => ReadNumber(),
            _ => throw new JsonSyntaxException($"unexpected character '{Printable(c)}'", _position),
        };
    }

    private JsonValue ReadObject()
    {
        var members = new List<JsonProperty>();
        var result = ReadContainer(JsonKind.Object, '}', "expected ',' or '}' after a property value", () =>
        {
            SkipWhiteSpace();
            if (Peek() != '"')
            {
                throw new JsonSyntaxException("expected a property name in double quotes", _position);
            }

            var name = ReadString();
            SkipWhiteSpace();
            Expect(':', "expected ':' after the property name");
            members.Add(new JsonProperty(name.Text, name.Start, name.End, ReadValue()));
        });
        result.Properties.AddRange(members);
        return result;
    }

    private JsonValue ReadArray()
    {
        var items = new List<JsonValue>();
        var result = ReadContainer(JsonKind.Array, ']', "expected ',' or ']' after an array item", () => items.Add(ReadValue()));
        result.Items.AddRange(items);
        return result;
    }

    /// <summary>Reads <c>{...}</c> or <c>[...]</c>: the opening character, then items separated by commas, then <paramref name="close"/>.</summary>
    private JsonValue ReadContainer(JsonKind kind, char close, string afterItem, Action readItem)
    {
        var start = _position++;
        EnterContainer(start);
        SkipWhiteSpace();
        if (Peek() == close)
        {
            _position++;
        }
        else
        {
            while (true)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                readItem();
                SkipWhiteSpace();
                if (Peek() != ',')
                {
                    Expect(close, afterItem);
                    break;
                }

                _position++;
            }
        }

        _depth--;
        return new JsonValue(kind, start, _position);
    }

    private JsonValue ReadString()
    {
        var start = _position++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
            {
                throw new JsonSyntaxException("unterminated string", start);
            }

            var c = _text[_position++];
            if (c == '"')
            {
                return new JsonValue(JsonKind.String, start, _position, builder.ToString());
            }

            if (c < ' ')
            {
                throw new JsonSyntaxException("control character in a string (escape it)", _position - 1);
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            builder.Append(ReadEscape());
        }
    }

    private char ReadEscape()
    {
        if (_position >= _text.Length)
        {
            throw new JsonSyntaxException("unterminated escape sequence", _position);
        }

        var c = _text[_position++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 > _text.Length
                    || !ushort.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw new JsonSyntaxException("\\u must be followed by four hexadecimal digits", _position - 2);
                }

                _position += 4;
                return (char)code;
            default:
                throw new JsonSyntaxException($"unknown escape sequence '\\{Printable(c)}'", _position - 2);
        }
    }

    private JsonValue ReadNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (IsDigit(Peek()))
        {
            SkipDigits();
        }
        else
        {
            throw new JsonSyntaxException("expected a digit", _position);
        }

        if (Peek() == '.')
        {
            _position++;
            RequireDigits();
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            RequireDigits();
        }

        return new JsonValue(JsonKind.Number, start, _position, _text.Substring(start, _position - start));
    }

    private JsonValue ReadLiteral(string literal, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
        {
            throw new JsonSyntaxException($"unexpected character '{Printable(_text[_position])}'", _position);
        }

        var start = _position;
        _position += literal.Length;
        return new JsonValue(kind, start, _position);
    }

    private void EnterContainer(int start)
    {
        if (++_depth > MaxDepth)
        {
            throw new JsonSyntaxException($"nesting deeper than {MaxDepth} levels", start);
        }
    }

    private void RequireDigits()
    {
        if (!IsDigit(Peek()))
        {
            throw new JsonSyntaxException("expected a digit", _position);
        }

        SkipDigits();
    }

    private void SkipDigits()
    {
        while (IsDigit(Peek()))
        {
            _position++;
        }
    }

    private void Expect(char expected, string message)
    {
        if (Peek() != expected)
        {
            throw new JsonSyntaxException(message, _position);
        }

        _position++;
    }

    private void SkipWhiteSpace()
    {
        while (_position < _text.Length && _text[_position] is ' ' or '\t' or '\r' or '\n')
        {
            _position++;
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string Printable(char c) => c < ' ' ? $"\\u{(int)c:X4}" : c.ToString();
}

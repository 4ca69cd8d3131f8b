using System.Globalization;
using System.Text;

namespace Seedance.Contracts;

/// <summary>
/// Builds a query string (<c>?a=1&amp;b=x</c>) with names and values escaped; empty when nothing was added.
/// Used by generated code for an operation's query parameters.
/// </summary>
/// <remarks>A mutable struct: keep it in a local variable and call <see cref="ToString"/> once.</remarks>
public struct SeedanceQuery
{
    private StringBuilder? _text;

    /// <summary>Adds a string parameter; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name as the spec spells it.</param>
    /// <param name="value">The value, escaped here.</param>
    public void Add(string name, string? value)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (value is null)
        {
            return;
        }

        _text ??= new StringBuilder();
        _text.Append(_text.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
    }

    /// <summary>Adds an integer parameter; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, written in invariant culture.</param>
    public void Add(string name, long? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds an integer parameter; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, written in invariant culture.</param>
    public void Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a number parameter; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, written in invariant culture with round-trip precision.</param>
    public void Add(string name, double? value) =>
        Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean parameter as <c>true</c>/<c>false</c>; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, bool? value) =>
        Add(name, value switch { null => null, true => "true", false => "false" });

    /// <summary>Adds a UUID parameter; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value, in the <c>D</c> format.</param>
    public void Add(string name, Guid? value) =>
        Add(name, value?.ToString("D", CultureInfo.InvariantCulture));

    /// <summary>Adds a date-time parameter in ISO 8601 (round-trip) form; <see langword="null"/> values are skipped.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The value.</param>
    public void Add(string name, DateTimeOffset? value) =>
        Add(name, value?.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>Adds one <c>name=value</c> pair per item (the OpenAPI default "form, explode" style); <see langword="null"/> skips it.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The values.</param>
    public void Add(string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            return;
        }

        foreach (string value in values)
        {
            Add(name, value);
        }
    }

    /// <summary>The query string, starting with <c>?</c>, or an empty string when nothing was added.</summary>
    /// <returns>The escaped query string.</returns>
    public override readonly string ToString() => _text?.ToString() ?? string.Empty;
}

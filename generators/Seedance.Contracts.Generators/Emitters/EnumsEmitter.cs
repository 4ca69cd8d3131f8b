using System.Globalization;
using System.Linq;
using System.Text;
using Seedance.Contracts.Generators.Model;

namespace Seedance.Contracts.Generators.Emitters
{
    /// <summary>
    /// Emits enums and their <c>&lt;Enum&gt;Extensions</c>: wire values, TryParse (string and UTF-8),
    /// and for status enums the marker attributes plus IsTerminal/IsSuccess/IsFailure/GetKind and
    /// exhaustive Match/Switch (with state overloads so callers need no closure).
    /// </summary>
    internal static class EnumsEmitter
    {
        private const string Kind = "global::Seedance.Contracts.TaskStatusKind";

        public static string Emit(ApiModel api)
        {
            var w = new SourceWriter();
            w.Open("namespace " + api.Namespace);
            foreach (var e in api.Enums)
            {
                EmitEnum(w, api, e);
                EmitExtensions(w, api, e);
            }

            w.Close();
            return SourceWriter.Header + w;
        }

        private static void EmitEnum(SourceWriter w, ApiModel api, EnumModel e)
        {
            w.Summary(e.Documentation, "Values of the " + e.Name + " schema.");
            if (e.IsStatus)
            {
                w.Line("[global::Seedance.Contracts.TaskStatusEnum]");
            }

            w.Open(api.Accessibility + " enum " + e.Name);
            foreach (var m in e.Members)
            {
                if (e.IsStatus && m.StatusKind == "Unknown")
                {
                    w.Summary("A value the spec did not list (a newer server may send one); never sent.", string.Empty);
                    w.Line("[global::Seedance.Contracts.TaskStatusMember(null, " + Kind + ".Unknown)]");
                }
                else
                {
                    w.SummaryXml("Wire value <c>" + SourceWriter.Escape(m.WireValue) + "</c>" + (m.StatusKind != null ? " (" + m.StatusKind.ToLowerInvariant() + ")" : string.Empty) + ".");
                    if (e.IsStatus)
                    {
                        w.Line("[global::Seedance.Contracts.TaskStatusMember(" + SourceWriter.Literal(m.WireValue) + ", " + Kind + "." + m.StatusKind + ")]");
                    }
                }

                w.Line(m.Name + " = " + m.IntegerValue.ToString(CultureInfo.InvariantCulture) + ",");
            }

            w.Close();
            w.Line();
        }

        private static void EmitExtensions(SourceWriter w, ApiModel api, EnumModel e)
        {
            string t = "global::" + api.Namespace + "." + e.Name;
            var listed = e.Members.Where(m => m.StatusKind != "Unknown").ToList();
            w.SummaryXml("Allocation-free helpers for <see cref=\"" + e.Name + "\"/>.");
            w.Open(api.Accessibility + " static partial class " + e.Name + "Extensions");

            if (e.IsInteger)
            {
                w.Summary("The value as sent on the wire.", string.Empty);
                w.Doc("<param name=\"value\">The value.</param>");
                w.Doc("<returns>The integer the spec lists.</returns>");
                w.Line("public static long ToWireValue(this " + t + " value) => (long)value;");
                w.Line();
                w.Summary("Parses a wire value; false when the spec does not list it.", string.Empty);
                w.Doc("<param name=\"wireValue\">The integer on the wire.</param>");
                w.Doc("<param name=\"value\">The parsed value.</param>");
                w.Doc("<returns>Whether the value is listed.</returns>");
                w.Open("public static bool TryParse(long wireValue, out " + t + " value)");
                w.Open("switch (wireValue)");
                foreach (var m in listed)
                {
                    w.Line("case " + m.IntegerValue.ToString(CultureInfo.InvariantCulture) + "L: value = " + t + "." + m.Name + "; return true;");
                }

                w.Line("default: value = default; return false;");
                w.Close();
                w.Close();
                w.Close();
                w.Line();
                return;
            }

            w.Summary("The value as sent on the wire" + (e.IsStatus ? "; null for Unknown" : string.Empty) + ".", string.Empty);
            w.Doc("<param name=\"value\">The value.</param>");
            w.Doc("<returns>The wire text.</returns>");
            w.Open("public static string" + (e.IsStatus ? "?" : string.Empty) + " ToWireValue(this " + t + " value)");
            w.Open("switch (value)");
            foreach (var m in listed)
            {
                w.Line("case " + t + "." + m.Name + ": return " + SourceWriter.Literal(m.WireValue) + ";");
            }

            w.Line(e.IsStatus ? "default: return null;" : "default: throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a defined " + e.Name + " value.\");");
            w.Close();
            w.Close();
            w.Line();

            w.Summary("Parses an exact (ordinal) wire value; false when the spec does not list it.", string.Empty);
            w.Doc("<param name=\"text\">The wire text.</param>");
            w.Doc("<param name=\"value\">The parsed value" + (e.IsStatus ? " (Unknown when false)" : string.Empty) + ".</param>");
            w.Doc("<returns>Whether the text is a listed value.</returns>");
            w.Open("public static bool TryParse(string? text, out " + t + " value)");
            w.Open("switch (text)");
            foreach (var m in listed)
            {
                w.Line("case " + SourceWriter.Literal(m.WireValue) + ": value = " + t + "." + m.Name + "; return true;");
            }

            w.Line("default: value = default; return false;");
            w.Close();
            w.Close();
            w.Line();

            w.Summary("Parses an exact UTF-8 wire value without allocating.", string.Empty);
            w.Doc("<param name=\"utf8\">The UTF-8 bytes (unescaped).</param>");
            w.Doc("<param name=\"value\">The parsed value.</param>");
            w.Doc("<returns>Whether the bytes are a listed value.</returns>");
            w.Open("public static bool TryParse(global::System.ReadOnlySpan<byte> utf8, out " + t + " value)");
            foreach (var m in listed)
            {
                w.Open("if (global::System.MemoryExtensions.SequenceEqual(utf8, " + Utf8(m.WireValue) + "))");
                w.Line("value = " + t + "." + m.Name + ";");
                w.Line("return true;");
                w.Close();
            }

            w.Line("value = default;");
            w.Line("return false;");
            w.Close();
            w.Line();

            if (e.IsStatus)
            {
                EmitStatusHelpers(w, t, e);
            }

            w.Close();
            w.Line();
        }

        private static void EmitStatusHelpers(SourceWriter w, string t, EnumModel e)
        {
            w.Summary("The status kind the spec's value stands for (undefined numbers are Unknown).", string.Empty);
            w.Doc("<param name=\"value\">The status.</param>");
            w.Doc("<returns>Pending, Succeeded, Failed or Unknown.</returns>");
            w.Open("public static " + Kind + " GetKind(this " + t + " value)");
            w.Open("switch (value)");
            foreach (var m in e.Members.Where(m => m.StatusKind != "Unknown"))
            {
                w.Line("case " + t + "." + m.Name + ": return " + Kind + "." + m.StatusKind + ";");
            }

            w.Line("default: return " + Kind + ".Unknown;");
            w.Close();
            w.Close();
            w.Line();

            Predicate(w, t, e, "IsTerminal", "the task has ended (succeeded or failed)", k => k == "Succeeded" || k == "Failed");
            Predicate(w, t, e, "IsSuccess", "the task ended successfully", k => k == "Succeeded");
            Predicate(w, t, e, "IsFailure", "the task ended in failure", k => k == "Failed");

            var names = e.Members.Select(m => Parameter(m.Name)).ToList();
            MatchOrSwitch(w, t, e, names, match: true, withState: false);
            MatchOrSwitch(w, t, e, names, match: true, withState: true);
            MatchOrSwitch(w, t, e, names, match: false, withState: false);
            MatchOrSwitch(w, t, e, names, match: false, withState: true);
        }

        private static void Predicate(SourceWriter w, string t, EnumModel e, string name, string meaning, System.Func<string, bool> include)
        {
            var members = e.Members.Where(m => m.StatusKind != null && include(m.StatusKind)).ToList();
            w.Summary("Whether " + meaning + ".", string.Empty);
            w.Doc("<param name=\"value\">The status.</param>");
            w.Doc("<returns>True for " + SourceWriter.Escape(string.Join(", ", members.Select(m => m.WireValue))) + ".</returns>");
            string condition = members.Count == 0 ? "false" : string.Join(" || ", members.Select(m => "value == " + t + "." + m.Name));
            w.Line("public static bool " + name + "(this " + t + " value) => " + condition + ";");
            w.Line();
        }

        private static void MatchOrSwitch(SourceWriter w, string t, EnumModel e, System.Collections.Generic.List<string> names, bool match, bool withState)
        {
            string generics = match ? (withState ? "<TState, TResult>" : "<TResult>") : (withState ? "<TState>" : string.Empty);
            string delegateType = match
                ? (withState ? "global::System.Func<TState, TResult>" : "global::System.Func<TResult>")
                : (withState ? "global::System.Action<TState>" : "global::System.Action");
            var parameters = new StringBuilder("this " + t + " value");
            if (withState)
            {
                parameters.Append(", TState state");
            }

            foreach (string n in names)
            {
                parameters.Append(", ").Append(delegateType).Append(' ').Append(n);
            }

            w.Summary((match ? "Maps" : "Runs one action for") + " every member, so a new member is a compile error at each call site. Undefined numbers go to the Unknown case.", string.Empty);
            w.Doc("<param name=\"value\">The status.</param>");
            if (withState)
            {
                w.Doc("<param name=\"state\">Passed to the chosen delegate (no closure needed).</param>");
            }

            foreach (var (m, n) in e.Members.Zip(names, (m, n) => (m, n)))
            {
                w.Doc("<param name=\"" + n.TrimStart('@') + "\">For " + (m.StatusKind == "Unknown" ? "unlisted values" : SourceWriter.Escape(m.WireValue)) + ".</param>");
            }

            if (withState)
            {
                w.Doc("<typeparam name=\"TState\">The state type.</typeparam>");
            }

            if (match)
            {
                w.Doc("<typeparam name=\"TResult\">The result type.</typeparam>");
                w.Doc("<returns>The chosen delegate's result.</returns>");
            }

            w.Open("public static " + (match ? "TResult" : "void") + " " + (match ? "Match" : "Switch") + generics + "(" + parameters + ")");
            w.Open("switch (value)");
            string arg = withState ? "(state)" : "()";
            foreach (var (m, n) in e.Members.Zip(names, (m, n) => (m, n)))
            {
                if (m.StatusKind == "Unknown")
                {
                    continue;
                }

                w.Line("case " + t + "." + m.Name + ": " + (match ? "return " + n + arg + ";" : n + arg + "; return;"));
            }

            string unknown = names[e.Members.ToList().FindIndex(m => m.StatusKind == "Unknown")];
            w.Line("default: " + (match ? "return " + unknown + arg + ";" : unknown + arg + "; return;"));
            w.Close();
            w.Close();
            w.Line();
        }

        private static string Parameter(string memberName)
        {
            string camel = char.ToLowerInvariant(memberName[0]) + memberName.Substring(1);
            if (camel == "value" || camel == "state")
            {
                camel += "Case";
            }

            return Normalizer.Naming.EscapeKeyword(camel);
        }

        /// <summary>A byte-array literal the compiler turns into a static ReadOnlySpan (no allocation).</summary>
        private static string Utf8(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            return "new byte[] { " + string.Join(", ", bytes.Select(b => b.ToString(CultureInfo.InvariantCulture))) + " }";
        }
    }
}

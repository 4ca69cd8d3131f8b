using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace Seedance.Contracts.CodeFixes
{
    /// <summary>Small syntax builders shared by the fixes; names are fully qualified and left to the simplifier.</summary>
    internal static class StatusSyntax
    {
        public static TypeSyntax TypeName(ITypeSymbol type) =>
            ParseTypeName(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)).WithAdditionalAnnotations(Simplifier.Annotation);

        public static TypeSyntax TypeName(string fullyQualified) =>
            ParseTypeName(fullyQualified).WithAdditionalAnnotations(Simplifier.Annotation);

        public static ExpressionSyntax MemberAccess(INamedTypeSymbol enumType, string member) =>
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, TypeName(enumType), IdentifierName(member))
                .WithAdditionalAnnotations(Simplifier.Annotation);

        /// <summary><c>throw new System.NotImplementedException("E.Member is not handled")</c>.</summary>
        public static ObjectCreationExpressionSyntax NotHandled(INamedTypeSymbol enumType, string member) =>
            ObjectCreationExpression(TypeName("global::System.NotImplementedException"))
                .WithArgumentList(ArgumentList(SingletonSeparatedList(Argument(
                    LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(enumType.Name + "." + member + " is not handled"))))));

        /// <summary>The line ending the document already uses (so a fix never mixes CRLF into an LF file).</summary>
        public static SyntaxTrivia EndOfLineOf(SyntaxNode node)
        {
            foreach (var trivia in node.SyntaxTree.GetRoot().DescendantTrivia())
            {
                if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    return trivia;
                }
            }

            return ElasticCarriageReturnLineFeed;
        }

        /// <summary>The <c>&lt;Enum&gt;Extensions</c> class the generator emits next to a status enum, if present.</summary>
        public static INamedTypeSymbol? ExtensionsClass(Compilation compilation, INamedTypeSymbol enumType)
        {
            var container = enumType.ContainingNamespace;
            if (container == null)
            {
                return null;
            }

            foreach (var type in container.GetTypeMembers(enumType.Name + "Extensions"))
            {
                if (type.IsStatic)
                {
                    return type;
                }
            }

            return null;
        }

        public static bool HasMethod(INamedTypeSymbol? extensions, string name, int parameterCount)
        {
            if (extensions == null)
            {
                return false;
            }

            foreach (var member in extensions.GetMembers(name))
            {
                if (member is IMethodSymbol method && method.IsStatic && method.Parameters.Length == parameterCount)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

using Seedance.Contracts.Generators.Model;
using YamlDotNet.Core;

namespace Seedance.Contracts.Generators.Reader
{
    /// <summary>
    /// Maps YamlDotNet marks (1-based, relative to the parsed text) to positions in the spec file, which
    /// for a Markdown page means adding the fence's offset and line.
    /// </summary>
    internal sealed class SpecTextMap
    {
        private readonly string _filePath;
        private readonly int _baseOffset;
        private readonly int _baseLine;

        public SpecTextMap(string filePath, int baseOffset, int baseLine)
        {
            _filePath = filePath;
            _baseOffset = baseOffset;
            _baseLine = baseLine;
        }

        public string FilePath => _filePath;

        public SpecLocation Locate(Mark start, Mark end)
        {
            int startIndex = (int)start.Index;
            int endIndex = (int)end.Index;
            if (endIndex < startIndex)
            {
                endIndex = startIndex;
            }

            return new SpecLocation(
                _filePath,
                _baseOffset + startIndex,
                endIndex - startIndex,
                _baseLine + (int)start.Line - 1,
                (int)start.Column - 1,
                _baseLine + (int)end.Line - 1,
                (int)end.Column - 1);
        }
    }
}

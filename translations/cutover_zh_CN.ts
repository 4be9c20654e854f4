<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cutover::AssertionEditor</name>
    <message>
        <source>Equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Matches a regular expression</source>
        <translation>匹配正则表达式</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>Is valid JSON</source>
        <translation>是有效的 JSON</translation>
    </message>
    <message>
        <source>JSON matches a schema</source>
        <translation>JSON 符合 schema</translation>
    </message>
    <message>
        <source>Maximum length (characters)</source>
        <translation>最大长度（字符）</translation>
    </message>
    <message>
        <source>Maximum latency (ms)</source>
        <translation>最大延迟（毫秒）</translation>
    </message>
    <message>
        <source>Maximum cost</source>
        <translation>最高成本</translation>
    </message>
    <message>
        <source>Similar to the reference</source>
        <translation>与参考答案相似</translation>
    </message>
    <message>
        <source>Equivalent to the baseline&apos;s answer</source>
        <translation>与基线的回答等价</translation>
    </message>
    <message>
        <source>%1 — weight %2</source>
        <translation>%1 — 权重 %2</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation>忽略大小写(&amp;I)</translation>
    </message>
    <message>
        <source>Accept a ```json code &amp;fence around it</source>
        <translation>允许外面包裹 ```json 代码围栏(&amp;F)</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>断言</translation>
    </message>
    <message>
        <source>any of them</source>
        <translation>任意一个</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>One text per line</source>
        <translation>每行一段文本</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;required&quot;: [&quot;answer&quot;]}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;required&quot;: [&quot;answer&quot;]}</translation>
    </message>
    <message>
        <source>The weighted share of assertions an answer must pass (0 to 1).</source>
        <translation>回答必须通过的断言所占的加权比例（0 到 1）。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;exts:</source>
        <translation>多段文本(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Match:</source>
        <translation>匹配方式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>Schema(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>相似度算法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>上限(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Pass threshold:</source>
        <translation>通过阈值(&amp;P)：</translation>
    </message>
    <message>
        <source>the schema is not a JSON object</source>
        <translation>schema 不是 JSON 对象</translation>
    </message>
    <message>
        <source>Assertion %1: %2</source>
        <translation>断言 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cutover::AssertionJson</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a whole number from %1</source>
        <translation>必须是不小于 %1 的整数</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>must be a number from %1</source>
        <translation>必须是不小于 %1 的数字</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>含有未知值“%1”</translation>
    </message>
    <message>
        <source>is not a known key for %1</source>
        <translation>不是 %1 的已知键</translation>
    </message>
    <message>
        <source>must be a non-empty array of strings</source>
        <translation>必须是非空的字符串数组</translation>
    </message>
    <message>
        <source>must be &quot;any&quot; or &quot;all&quot;</source>
        <translation>必须是 &quot;any&quot; 或 &quot;all&quot;</translation>
    </message>
    <message>
        <source>is not a valid regular expression (at offset %1: %2)</source>
        <translation>不是有效的正则表达式（位于偏移 %1：%2）</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be &quot;levenshtein&quot;, &quot;jaccard&quot; or &quot;cosine&quot;</source>
        <translation>必须是 &quot;levenshtein&quot;、&quot;jaccard&quot; 或 &quot;cosine&quot;</translation>
    </message>
    <message>
        <source>%1 must be an array</source>
        <translation>%1 必须是数组</translation>
    </message>
    <message>
        <source>%1: invalid JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处的 JSON 无效：%3</translation>
    </message>
</context>
<context>
    <name>Cutover::Assertions</name>
    <message>
        <source> (ignoring case)</source>
        <translation>（忽略大小写）</translation>
    </message>
    <message>
        <source>equals %1</source>
        <translation>等于 %1</translation>
    </message>
    <message>
        <source>contains all of %1</source>
        <translation>包含全部 %1</translation>
    </message>
    <message>
        <source>contains any of %1</source>
        <translation>包含任一 %1</translation>
    </message>
    <message>
        <source>matches /%1/</source>
        <translation>匹配 /%1/</translation>
    </message>
    <message>
        <source>starts with %1</source>
        <translation>以 %1 开头</translation>
    </message>
    <message>
        <source>is valid JSON</source>
        <translation>是有效的 JSON</translation>
    </message>
    <message>
        <source>is JSON matching the schema</source>
        <translation>是符合 schema 的 JSON</translation>
    </message>
    <message>
        <source>at most %1 characters</source>
        <translation>不超过 %1 个字符</translation>
    </message>
    <message>
        <source>latency at most %1 ms</source>
        <translation>延迟不超过 %1 毫秒</translation>
    </message>
    <message>
        <source>cost at most %1</source>
        <translation>成本不超过 %1</translation>
    </message>
    <message>
        <source>similar to the reference: %1 ≥ %2</source>
        <translation>与参考答案相似：%1 ≥ %2</translation>
    </message>
    <message>
        <source>equivalent to the baseline&apos;s answer: %1 ≥ %2</source>
        <translation>与基线的回答等价：%1 ≥ %2</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (at byte %1: %2).</source>
        <translation>回答不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The answer is empty, not JSON.</source>
        <translation>回答为空，不是 JSON。</translation>
    </message>
    <message>
        <source>The answer holds several JSON values, not one.</source>
        <translation>回答包含多个 JSON 值，而不是一个。</translation>
    </message>
    <message>
        <source>No baseline answer to compare with (this is the baseline, or its call failed).</source>
        <translation>没有可比较的基线回答（这就是基线，或其调用失败）。</translation>
    </message>
    <message>
        <source>The case has no reference answer.</source>
        <translation>该用例没有参考答案。</translation>
    </message>
    <message>
        <source>the baseline&apos;s answer</source>
        <translation>基线的回答</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Similarity to %1 is %2 (%3); the threshold is %4.</source>
        <translation>与%1的相似度为 %2（%3）；阈值为 %4。</translation>
    </message>
    <message>
        <source>The answer equals the expected text.</source>
        <translation>回答与预期文本一致。</translation>
    </message>
    <message>
        <source>The answer differs from the expected text at character %1 (expected %2 characters, got %3).</source>
        <translation>回答在第 %1 个字符处与预期文本不同（预期 %2 个字符，实际 %3 个）。</translation>
    </message>
    <message numerus="yes">
        <source>All %n text(s) found.</source>
        <translation>
            <numerusform>已找到全部 %n 段文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found: %1.</source>
        <translation>未找到：%1。</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>已找到 %1。</translation>
    </message>
    <message>
        <source>None found of %1.</source>
        <translation>%1 均未找到。</translation>
    </message>
    <message>
        <source>The pattern /%1/ is not a valid regular expression (at offset %2: %3).</source>
        <translation>模式 /%1/ 不是有效的正则表达式（位于偏移 %2：%3）。</translation>
    </message>
    <message>
        <source>/%1/ matches %2 at character %3.</source>
        <translation>/%1/ 在第 %3 个字符处匹配 %2。</translation>
    </message>
    <message>
        <source>/%1/ does not match the answer.</source>
        <translation>/%1/ 与回答不匹配。</translation>
    </message>
    <message>
        <source>The answer starts with %1.</source>
        <translation>回答以 %1 开头。</translation>
    </message>
    <message>
        <source>The answer starts with %1, not %2.</source>
        <translation>回答以 %1 开头，而不是 %2。</translation>
    </message>
    <message>
        <source>The answer is valid JSON.</source>
        <translation>回答是有效的 JSON。</translation>
    </message>
    <message>
        <source>The JSON does not match the schema: %1 %2.</source>
        <translation>JSON 不符合 schema：%1 %2。</translation>
    </message>
    <message>
        <source>The JSON matches the schema.</source>
        <translation>JSON 符合 schema。</translation>
    </message>
    <message>
        <source>%1 characters, within the limit of %2.</source>
        <translation>%1 个字符，未超过 %2 的限制。</translation>
    </message>
    <message>
        <source>%1 characters, more than the limit of %2.</source>
        <translation>%1 个字符，超过了 %2 的限制。</translation>
    </message>
    <message>
        <source>Latency %1 ms, within the limit of %2 ms.</source>
        <translation>延迟 %1 毫秒，未超过 %2 毫秒的限制。</translation>
    </message>
    <message>
        <source>Latency %1 ms, more than the limit of %2 ms.</source>
        <translation>延迟 %1 毫秒，超过了 %2 毫秒的限制。</translation>
    </message>
    <message>
        <source>The cost is unknown (no prices or no token counts).</source>
        <translation>成本未知（没有价格或 Token 数）。</translation>
    </message>
    <message>
        <source>Cost %1, within the limit of %2.</source>
        <translation>成本 %1，未超过 %2 的限制。</translation>
    </message>
    <message>
        <source>Cost %1, more than the limit of %2.</source>
        <translation>成本 %1，超过了 %2 的限制。</translation>
    </message>
</context>
<context>
    <name>Cutover::BatchRunner</name>
    <message>
        <source>Repeats must be at least 1.</source>
        <translation>重复次数必须至少为 1。</translation>
    </message>
    <message>
        <source>Concurrency must not be negative.</source>
        <translation>并发数不能为负数。</translation>
    </message>
    <message>
        <source>A run needs at least one endpoint.</source>
        <translation>运行至少需要一个端点。</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no version %2.</source>
        <translation>提示词“%1”没有版本 %2。</translation>
    </message>
    <message>
        <source>The endpoint &quot;%1&quot; is named twice.</source>
        <translation>端点“%1”被指定了两次。</translation>
    </message>
    <message>
        <source>The project has no endpoint named &quot;%1&quot;.</source>
        <translation>项目中没有名为“%1”的端点。</translation>
    </message>
    <message>
        <source>A run is already going.</source>
        <translation>已有一个运行正在进行。</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no version %2 for &quot;%3&quot;.</source>
        <translation>提示词“%1”没有适用于“%3”的版本 %2。</translation>
    </message>
    <message>
        <source>The project has no test cases to run.</source>
        <translation>项目中没有可运行的测试用例。</translation>
    </message>
</context>
<context>
    <name>Cutover::CaseImport</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1 of the line (byte %2 of the file)</source>
        <translation>该行第 %1 字节处的 UTF-8 无效（文件第 %2 字节）</translation>
    </message>
    <message>
        <source>the quoted field in column %1 is never closed</source>
        <translation>第 %1 列中带引号的字段没有闭合</translation>
    </message>
    <message>
        <source>text after the closing quote in column %1</source>
        <translation>第 %1 列的右引号之后还有文本</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be written as a {{placeholder}} (names start with a letter or _ and use letters, digits, _ . -); its values are imported but no prompt can use them.</source>
        <translation>“%1”无法写成 {{placeholder}} 占位符（名称须以字母或 _ 开头，只能使用字母、数字以及 _ . -）；其值会被导入，但任何提示词都无法使用。</translation>
    </message>
    <message>
        <source>%1: the file is empty; the first line must name the columns.</source>
        <translation>%1：文件为空；第一行必须给出列名。</translation>
    </message>
    <message>
        <source>column %1 has no name</source>
        <translation>第 %1 列没有名称</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header has %1</source>
        <translation>
            <numerusform>有 %n 个字段，但表头有 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>pass_threshold must be a number from 0 to 1, not &quot;%1&quot;</source>
        <translation>pass_threshold 必须是 0 到 1 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation>每一行都必须是 JSON 对象</translation>
    </message>
    <message>
        <source>expected must be a string or null</source>
        <translation>expected 必须是字符串或 null</translation>
    </message>
    <message>
        <source>tags must be strings</source>
        <translation>tags 必须是字符串</translation>
    </message>
    <message>
        <source>tags must be an array of strings or a string</source>
        <translation>tags 必须是字符串数组或字符串</translation>
    </message>
    <message>
        <source>pass_threshold must be a number from 0 to 1</source>
        <translation>pass_threshold 必须是 0 到 1 之间的数字</translation>
    </message>
    <message>
        <source>%1: unknown file type; cases are read from .csv or .jsonl files.</source>
        <translation>%1：未知的文件类型；测试用例只能从 .csv 或 .jsonl 文件读取。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the import was cancelled.</source>
        <translation>%1：导入已取消。</translation>
    </message>
</context>
<context>
    <name>Cutover::CaseStore</name>
    <message>
        <source>Could not store test case %1: %2</source>
        <translation>无法保存测试用例 %1：%2</translation>
    </message>
    <message>
        <source>The project has no test case %1.</source>
        <translation>项目中没有测试用例 %1。</translation>
    </message>
    <message>
        <source>Test case %1 cannot be restored: no case ever had that id.</source>
        <translation>无法恢复测试用例 %1：从未有用例使用过这个 ID。</translation>
    </message>
    <message>
        <source>Test case %1 cannot be restored: %2</source>
        <translation>无法恢复测试用例 %1：%2</translation>
    </message>
    <message>
        <source>Could not remove test case %1: %2</source>
        <translation>无法删除测试用例 %1：%2</translation>
    </message>
</context>
<context>
    <name>Cutover::CasesModel</name>
    <message numerus="yes">
        <source>%n assertion(s): %1</source>
        <translation>
            <numerusform>%n 条断言：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no row %1.</source>
        <translation>没有第 %1 行。</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>（无法读取）</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <source>The variable {{%1}}</source>
        <translation>变量 {{%1}}</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>断言</translation>
    </message>
    <message>
        <source>Pass Threshold</source>
        <translation>通过阈值</translation>
    </message>
    <message>
        <source>The test cases could not be read: %1</source>
        <translation>无法读取测试用例：%1</translation>
    </message>
</context>
<context>
    <name>Cutover::CasesPane</name>
    <message>
        <source>&amp;Add Case</source>
        <translation>添加用例(&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;Variable…</source>
        <translation>添加变量(&amp;V)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>A&amp;ssertions…</source>
        <translation>断言(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit Case %1</source>
        <translation>编辑用例 %1</translation>
    </message>
    <message>
        <source>Filter by text in variables, reference or tags</source>
        <translation>按变量、参考答案或标签中的文本筛选</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>筛选用例</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Add an empty case (Ctrl+Shift+N)</source>
        <translation>添加一个空用例（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Delete the selected cases (Del)</source>
        <translation>删除所选用例（Del）</translation>
    </message>
    <message>
        <source>Edit the current case&apos;s assertions and pass threshold (Ctrl+Shift+E)</source>
        <translation>编辑当前用例的断言和通过阈值（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <source>Import cases from a CSV or JSONL file (Ctrl+Shift+I)</source>
        <translation>从 CSV 或 JSONL 文件导入用例（Ctrl+Shift+I）</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Add Variable</source>
        <translation>添加变量</translation>
    </message>
    <message>
        <source>Name of the variable, as written in prompts as {{name}}:</source>
        <translation>变量名称（在提示词中写作 {{name}}）：</translation>
    </message>
    <message>
        <source>Pass Threshold</source>
        <translation>通过阈值</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the filter</source>
        <translation>
            <numerusform>%n 个用例符合筛选条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个用例</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Case %1</source>
        <translation>添加用例 %1</translation>
    </message>
    <message>
        <source>Delete Cases</source>
        <translation>删除用例</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n case(s)? You can undo this.</source>
        <translation>
            <numerusform>要删除 %n 个用例吗？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Case(s)</source>
        <translation>
            <numerusform>删除 %n 个用例</numerusform>
        </translation>
    </message>
    <message>
        <source>Assertions of Case %1</source>
        <translation>用例 %1 的断言</translation>
    </message>
    <message>
        <source>Edit Assertions of Case %1</source>
        <translation>编辑用例 %1 的断言</translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation>导入测试用例</translation>
    </message>
    <message>
        <source>Test cases (*.csv *.jsonl *.ndjson);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson)</source>
        <translation>测试用例 (*.csv *.jsonl *.ndjson);;CSV (*.csv);;JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>%1 holds no test cases.</source>
        <translation>%1 中没有测试用例。</translation>
    </message>
    <message>
        <source>Storing cases from %1…</source>
        <translation>正在保存来自 %1 的用例…</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Case(s)</source>
        <translation>
            <numerusform>导入 %n 个用例</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个用例。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; no case was added.</source>
        <translation>%1 的导入已取消；未添加任何用例。</translation>
    </message>
    <message>
        <source>Import Co&amp;nversations…</source>
        <translation>导入对话(&amp;N)…</translation>
    </message>
    <message>
        <source>One case per stored conversation (OpenAI, Anthropic, ShareGPT, Alpaca or Gemini format): variables system, input and history; the last answer is the reference</source>
        <translation>每段保存的对话成为一个用例（OpenAI、Anthropic、ShareGPT、Alpaca 或 Gemini 格式）：变量为 system、input 和 history；最后一条回答作为参考答案</translation>
    </message>
    <message>
        <source>Import Test Cases from Conversations</source>
        <translation>从对话导入测试用例</translation>
    </message>
    <message>
        <source>Conversations (*.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>对话 (*.jsonl *.ndjson *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Cutover::Cli</name>
    <message>
        <source>Create a new, empty project file.</source>
        <translation>创建一个新的空项目文件。</translation>
    </message>
    <message>
        <source>Show a project&apos;s schema version, contents and integrity.</source>
        <translation>显示项目的架构版本、内容和完整性。</translation>
    </message>
    <message>
        <source>Export or import a project&apos;s migration plan as JSON.</source>
        <translation>以 JSON 格式导出或导入项目的迁移计划。</translation>
    </message>
    <message>
        <source>Write the plan report as a PDF.</source>
        <translation>将计划报告写为 PDF。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>%1 (see: cutover-cli %2 --help)</source>
        <translation>%1（参见：cutover-cli %2 --help）</translation>
    </message>
    <message>
        <source>missing argument (see: cutover-cli %1 --help)</source>
        <translation>缺少参数（参见：cutover-cli %1 --help）</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot; (see: cutover-cli %2 --help)</source>
        <translation>意外的参数“%1”（参见：cutover-cli %2 --help）</translation>
    </message>
    <message>
        <source>The project file (*.cutover).</source>
        <translation>项目文件（*.cutover）。</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>输出一个 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>Show a project&apos;s schema version, contents and integrity. Opens the project read-only; never writes to it.</source>
        <translation>显示项目的架构版本、内容和完整性。以只读方式打开项目，绝不写入。</translation>
    </message>
    <message>
        <source>Project:         %1
</source>
        <translation>项目:            %1
</translation>
    </message>
    <message>
        <source>Size:            %1 bytes
</source>
        <translation>大小:            %1 字节
</translation>
    </message>
    <message>
        <source>Schema version:  %1 (this Cutover writes %2)
</source>
        <translation>架构版本:        %1（此版本 Cutover 写入 %2）
</translation>
    </message>
    <message>
        <source>                 made by a newer Cutover: open it read-only or upgrade
</source>
        <translation>                 由更新版本的 Cutover 创建：请以只读方式打开，或升级 Cutover
</translation>
    </message>
    <message>
        <source>Integrity:       %1
</source>
        <translation>完整性:          %1
</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>FAILED — %1</source>
        <translation>失败 — %1</translation>
    </message>
    <message>
        <source>Plan:            %1
</source>
        <translation>计划:            %1
</translation>
    </message>
    <message>
        <source>Objectives:      %1
</source>
        <translation>目标:            %1
</translation>
    </message>
    <message>
        <source>Scope items:     %1
</source>
        <translation>范围项:          %1
</translation>
    </message>
    <message>
        <source>Phases:          %1
</source>
        <translation>阶段:            %1
</translation>
    </message>
    <message>
        <source>Risks:           %1
</source>
        <translation>风险:            %1
</translation>
    </message>
    <message>
        <source>Rollback:        %1 trigger(s), %2 step(s)
</source>
        <translation>回滚:            %1 个触发条件，%2 个步骤
</translation>
    </message>
    <message>
        <source>Usage: cutover-cli &lt;command&gt; [options] [arguments]

Commands:
</source>
        <translation>用法：cutover-cli &lt;命令&gt; [选项] [参数]

命令：
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see: cutover-cli --help)</source>
        <translation>未知命令“%1”（参见：cutover-cli --help）</translation>
    </message>
    <message>
        <source>The project file to create (*.cutover).</source>
        <translation>要创建的项目文件（*.cutover）。</translation>
    </message>
    <message>
        <source>Replace an existing file at the path.</source>
        <translation>替换该路径上已有的文件。</translation>
    </message>
    <message>
        <source>Create a new, empty Cutover project.</source>
        <translation>创建一个新的空 Cutover 项目。</translation>
    </message>
    <message>
        <source>Created %1
</source>
        <translation>已创建 %1
</translation>
    </message>
    <message>
        <source>Write the JSON to &lt;file&gt; instead of stdout.</source>
        <translation>将 JSON 写入 &lt;file&gt;，而不是标准输出。</translation>
    </message>
    <message>
        <source>Print the project&apos;s migration plan as JSON.</source>
        <translation>以 JSON 格式输出项目的迁移计划。</translation>
    </message>
    <message>
        <source>%1: could not write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>The plan as JSON, as written by &quot;plan export&quot;.</source>
        <translation>JSON 格式的计划，即“plan export”写出的格式。</translation>
    </message>
    <message>
        <source>Replace the project&apos;s migration plan with the one in a JSON file.</source>
        <translation>用 JSON 文件中的计划替换项目的迁移计划。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Usage: cutover-cli plan export &lt;path&gt; [-o &lt;file&gt;]
       cutover-cli plan import &lt;path&gt; &lt;file.json&gt;
</source>
        <translation>用法：cutover-cli plan export &lt;path&gt; [-o &lt;file&gt;]
      cutover-cli plan import &lt;path&gt; &lt;file.json&gt;
</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Write the plan report (title page, objectives, scope, timeline, risks, rollback plan) as a PDF.</source>
        <translation>将计划报告（封面、目标、范围、时间线、风险、回滚计划）写为 PDF。</translation>
    </message>
    <message>
        <source>report: missing -o &lt;file.pdf&gt; (see: cutover-cli report --help)</source>
        <translation>report：缺少 -o &lt;file.pdf&gt;（参见：cutover-cli report --help）</translation>
    </message>
    <message>
        <source>plan: missing subcommand, export or import (see: cutover-cli plan --help)</source>
        <translation>plan：缺少子命令 export 或 import（参见：cutover-cli plan --help）</translation>
    </message>
    <message>
        <source>plan: unknown subcommand &quot;%1&quot; (see: cutover-cli plan --help)</source>
        <translation>plan：未知子命令“%1”（参见：cutover-cli plan --help）</translation>
    </message>
    <message>
        <source>%1: the project has no endpoint named &quot;%2&quot;.</source>
        <translation>%1：项目中没有名为“%2”的端点。</translation>
    </message>
    <message>
        <source>The user message to send.</source>
        <translation>要发送的用户消息。</translation>
    </message>
    <message>
        <source>Wire protocol: openai (chat completions) or anthropic (messages).</source>
        <translation>通信协议：openai（chat completions）或 anthropic（messages）。</translation>
    </message>
    <message>
        <source>Base URL: for openai with /v1, for anthropic without.</source>
        <translation>基础 URL：openai 需包含 /v1，anthropic 不包含。</translation>
    </message>
    <message>
        <source>The model to ask.</source>
        <translation>要询问的模型。</translation>
    </message>
    <message>
        <source>Environment variable that holds the API key.</source>
        <translation>保存 API 密钥的环境变量。</translation>
    </message>
    <message>
        <source>A system prompt.</source>
        <translation>系统提示词。</translation>
    </message>
    <message>
        <source>Maximum output tokens.</source>
        <translation>最大输出 Token 数。</translation>
    </message>
    <message>
        <source>Sampling temperature.</source>
        <translation>采样温度。</translation>
    </message>
    <message>
        <source>Ask for the whole answer at once instead of a stream.</source>
        <translation>一次性获取完整回答，而不是以流式返回。</translation>
    </message>
    <message>
        <source>Print one JSON object with the result instead of the text.</source>
        <translation>输出一个包含结果的 JSON 对象，而不是文本。</translation>
    </message>
    <message>
        <source>Use the endpoint stored under &lt;name&gt; in the project given with --project.</source>
        <translation>使用 --project 指定的项目中以 &lt;name&gt; 保存的端点。</translation>
    </message>
    <message>
        <source>The project file that holds --endpoint.</source>
        <translation>包含 --endpoint 的项目文件。</translation>
    </message>
    <message>
        <source>Send one prompt to a model and print its answer as it arrives. Exit code 3 means the provider or the network failed (after retries) or the stream broke off; the provider&apos;s message is on stderr.</source>
        <translation>向模型发送一条提示词，并在回答到达时逐步输出。退出码 3 表示服务商或网络（重试后仍）失败，或流中断；服务商的消息输出到 stderr。</translation>
    </message>
    <message>
        <source>--endpoint and --project go together (see: cutover-cli ask --help)</source>
        <translation>--endpoint 和 --project 必须同时使用（参见：cutover-cli ask --help）</translation>
    </message>
    <message>
        <source>missing --%1 (or use --endpoint with --project; see: cutover-cli ask --help)</source>
        <translation>缺少 --%1（或同时使用 --endpoint 和 --project；参见：cutover-cli ask --help）</translation>
    </message>
    <message>
        <source>--protocol must be openai or anthropic, not &quot;%1&quot;</source>
        <translation>--protocol 必须是 openai 或 anthropic，而不是“%1”</translation>
    </message>
    <message>
        <source>--max-tokens must be a positive whole number, not &quot;%1&quot;</source>
        <translation>--max-tokens 必须是正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--temperature must be a number of at least 0, not &quot;%1&quot;</source>
        <translation>--temperature 必须是不小于 0 的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>cutover-cli: the answer broke off; retrying (attempt %1)
</source>
        <translation>cutover-cli：回答中断；正在重试（第 %1 次尝试）
</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>Send a prompt to a model endpoint and print the answer.</source>
        <translation>向模型端点发送提示词并输出回答。</translation>
    </message>
    <message>
        <source>List, add or remove a project&apos;s model endpoints.</source>
        <translation>列出、添加或删除项目的模型端点。</translation>
    </message>
    <message>
        <source>Print a JSON array instead of text.</source>
        <translation>输出一个 JSON 数组，而不是文本。</translation>
    </message>
    <message>
        <source>List the project&apos;s model endpoints. Never writes.</source>
        <translation>列出项目的模型端点。绝不写入。</translation>
    </message>
    <message>
        <source>%1	%2	%3	%4	%5
</source>
        <extracomment>endpoint list: name, role, protocol, model, base URL</extracomment>
        <translation>%1	%2	%3	%4	%5
</translation>
    </message>
    <message>
        <source>Start from a preset: %1 (default: custom).</source>
        <translation>从预设开始：%1（默认：custom）。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s name (unique in the project).</source>
        <translation>端点名称（在项目中唯一）。</translation>
    </message>
    <message>
        <source>openai or anthropic.</source>
        <translation>openai 或 anthropic。</translation>
    </message>
    <message>
        <source>Base URL.</source>
        <translation>基础 URL。</translation>
    </message>
    <message>
        <source>Model name.</source>
        <translation>模型名称。</translation>
    </message>
    <message>
        <source>baseline, candidate or other.</source>
        <translation>baseline（基线）、candidate（候选）或 other（其他）。</translation>
    </message>
    <message>
        <source>Input price per million tokens.</source>
        <translation>每百万输入 Token 的价格。</translation>
    </message>
    <message>
        <source>Output price per million tokens.</source>
        <translation>每百万输出 Token 的价格。</translation>
    </message>
    <message>
        <source>Add a model endpoint to the project. Keys are never stored: --key-env names the environment variable that holds one.</source>
        <translation>向项目添加模型端点。密钥绝不会被保存：--key-env 指定保存密钥的环境变量。</translation>
    </message>
    <message>
        <source>unknown preset &quot;%1&quot;; one of: %2</source>
        <translation>未知预设“%1”；可选值：%2</translation>
    </message>
    <message>
        <source>--key-env: &quot;%1&quot; is not a variable name</source>
        <translation>--key-env：“%1”不是有效的变量名</translation>
    </message>
    <message>
        <source>--role must be baseline, candidate or other, not &quot;%1&quot;</source>
        <translation>--role 必须是 baseline、candidate 或 other，而不是“%1”</translation>
    </message>
    <message>
        <source>--%1 must be a number of at least 0, not &quot;%2&quot;</source>
        <translation>--%1 必须是不小于 0 的数字，而不是“%2”</translation>
    </message>
    <message>
        <source>The endpoint to remove.</source>
        <translation>要删除的端点。</translation>
    </message>
    <message>
        <source>Remove a model endpoint from the project.</source>
        <translation>从项目中删除模型端点。</translation>
    </message>
    <message>
        <source>Usage: cutover-cli endpoint list &lt;path&gt; [--json]
       cutover-cli endpoint add &lt;path&gt; [--preset ID] [--name N] [--protocol P] [--base-url URL] [--model M] [--key-env VAR] [--role R] [--price-in X] [--price-out Y]
       cutover-cli endpoint remove &lt;path&gt; &lt;name&gt;
</source>
        <translation>用法：cutover-cli endpoint list &lt;path&gt; [--json]
      cutover-cli endpoint add &lt;path&gt; [--preset ID] [--name N] [--protocol P] [--base-url URL] [--model M] [--key-env VAR] [--role R] [--price-in X] [--price-out Y]
      cutover-cli endpoint remove &lt;path&gt; &lt;name&gt;
</translation>
    </message>
    <message>
        <source>endpoint: missing subcommand, list, add or remove (see: cutover-cli endpoint --help)</source>
        <translation>endpoint：缺少子命令 list、add 或 remove（参见：cutover-cli endpoint --help）</translation>
    </message>
    <message>
        <source>endpoint: unknown subcommand &quot;%1&quot; (see: cutover-cli endpoint --help)</source>
        <translation>endpoint：未知子命令“%1”（参见：cutover-cli endpoint --help）</translation>
    </message>
    <message>
        <source>Convert conversation records between formats.</source>
        <translation>在不同格式之间转换对话记录。</translation>
    </message>
    <message>
        <source>openai, anthropic, sharegpt, alpaca, gemini (JSON Lines; add -array for one JSON array, as in openai-array)</source>
        <translation>openai, anthropic, sharegpt, alpaca, gemini（JSON Lines；加上 -array 表示单个 JSON 数组，如 openai-array）</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 records in = %2 converted (%3 with losses) + %4 rejected</source>
        <translation>输入 %1 条记录 = %2 条已转换（其中 %3 条有损失）+ %4 条被拒收</translation>
    </message>
    <message>
        <source>dry run, nothing written</source>
        <translation>试运行，未写入任何内容</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>rejects in %1</source>
        <translation>拒收记录见 %1</translation>
    </message>
    <message>
        <source>losses: %1</source>
        <translation>损失：%1</translation>
    </message>
    <message>
        <source>Input format: auto (the default) or one of %1.</source>
        <translation>输入格式：auto（默认）或以下之一：%1。</translation>
    </message>
    <message>
        <source>Output format: one of %1.</source>
        <translation>输出格式：以下之一：%1。</translation>
    </message>
    <message>
        <source>Write the converted records here.</source>
        <translation>将转换后的记录写入此处。</translation>
    </message>
    <message>
        <source>Write rejected records here, verbatim, each after a line with file, line, byte and reason.</source>
        <translation>将被拒收的记录原样写入此处，每条之前有一行注明文件、行号、字节位置和原因。</translation>
    </message>
    <message>
        <source>Write the loss report (JSON) here.</source>
        <translation>将损失报告（JSON）写入此处。</translation>
    </message>
    <message>
        <source>Several system messages: merge them (default), keep the first, or turn the others into user turns (as-user).</source>
        <translation>多条系统消息：合并（默认）、保留第一条，或 as-user（将其余的转为用户轮次）。</translation>
    </message>
    <message>
        <source>Tool call arguments that are not a JSON object: keep the raw string (default) or reject the record.</source>
        <translation>不是 JSON 对象的工具调用参数：保留原始字符串（默认）或拒收该记录。</translation>
    </message>
    <message>
        <source>Consecutive turns of the same role: merge (default) or reject the record.</source>
        <translation>同一角色的连续轮次：合并（默认）或拒收该记录。</translation>
    </message>
    <message>
        <source>Images: keep where the target can hold them (default), drop them all, or reject such records.</source>
        <translation>图像：在目标格式支持时保留（默认）、全部丢弃，或拒收此类记录。</translation>
    </message>
    <message>
        <source>Do not carry record ids and metadata.</source>
        <translation>不保留记录 ID 和元数据。</translation>
    </message>
    <message>
        <source>Drop fields the reader does not know (default: keep them where the target has a place).</source>
        <translation>丢弃读取器不认识的字段（默认：在目标格式有对应位置时保留）。</translation>
    </message>
    <message>
        <source>Add a &quot;migrated_at&quot; timestamp (now, UTC).</source>
        <translation>添加 &quot;migrated_at&quot; 时间戳（当前时间，UTC）。</translation>
    </message>
    <message>
        <source>Add this &quot;migrated_at&quot; timestamp instead of now.</source>
        <translation>添加此 &quot;migrated_at&quot; 时间戳，而不是当前时间。</translation>
    </message>
    <message>
        <source>Worker threads converting batches (default 1).</source>
        <translation>分批转换的工作线程数（默认 1）。</translation>
    </message>
    <message>
        <source>Convert and count, but write nothing.</source>
        <translation>转换并计数，但不写入任何内容。</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>以一个 JSON 对象的形式将摘要输出到标准输出。</translation>
    </message>
    <message>
        <source>Stop at the first rejected record and write nothing.</source>
        <translation>遇到第一条被拒收的记录时停止，且不写入任何内容。</translation>
    </message>
    <message>
        <source>--to is required (see: cutover-cli convert --help)</source>
        <translation>必须指定 --to（参见：cutover-cli convert --help）</translation>
    </message>
    <message>
        <source>-o is required unless --dry-run (see: cutover-cli convert --help)</source>
        <translation>除非使用 --dry-run，否则必须指定 -o（参见：cutover-cli convert --help）</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for --to; use one of %2</source>
        <translation>--to 的格式“%1”未知；请使用以下之一：%2</translation>
    </message>
    <message>
        <source>unknown --system-policy &quot;%1&quot;; use merge, first or as-user</source>
        <translation>未知的 --system-policy“%1”；请使用 merge、first 或 as-user</translation>
    </message>
    <message>
        <source>unknown --tool-arguments &quot;%1&quot;; use keep-raw or reject</source>
        <translation>未知的 --tool-arguments“%1”；请使用 keep-raw 或 reject</translation>
    </message>
    <message>
        <source>unknown --same-role &quot;%1&quot;; use merge or reject</source>
        <translation>未知的 --same-role“%1”；请使用 merge 或 reject</translation>
    </message>
    <message>
        <source>unknown --images &quot;%1&quot;; use keep, drop or reject</source>
        <translation>未知的 --images“%1”；请使用 keep、drop 或 reject</translation>
    </message>
    <message>
        <source>--migrated-at needs a timestamp</source>
        <translation>--migrated-at 需要一个时间戳</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64, not &quot;%1&quot;</source>
        <translation>--threads 接受 1 到 64 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 is named twice; input, output, rejects and report need their own files</source>
        <translation>%1 被指定了两次；输入、输出、拒收文件和报告需要各自独立的文件</translation>
    </message>
    <message>
        <source>reading standard input needs --from FORMAT; auto-detection reads the start of a file</source>
        <translation>读取标准输入时需要 --from FORMAT；自动检测需要读取文件开头</translation>
    </message>
    <message>
        <source>%1: no record is valid JSON; cannot detect the format (give --from FORMAT)</source>
        <translation>%1：没有一条记录是有效的 JSON；无法检测格式（请指定 --from FORMAT）</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for --from; use auto or one of %2</source>
        <translation>--from 的格式“%1”未知；请使用 auto 或以下之一：%2</translation>
    </message>
    <message>
        <source>Add the finished run to this project&apos;s conversion history (not for a dry run).</source>
        <translation>将完成的运行添加到此项目的转换历史中（试运行除外）。</translation>
    </message>
    <message>
        <source>Print the counts as JSON.</source>
        <translation>以 JSON 格式输出计数。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) imported</source>
        <translation>
            <numerusform>已导入 %n 个测试用例</numerusform>
        </translation>
    </message>
    <message>
        <source>; the project has %1 in all (variables: %2)
</source>
        <translation>；项目中共有 %1 个（变量：%2）
</translation>
    </message>
    <message>
        <source>cases: missing subcommand import (see: cutover-cli cases --help)</source>
        <translation>cases：缺少子命令 import（参见：cutover-cli cases --help）</translation>
    </message>
    <message>
        <source>cases: unknown subcommand &quot;%1&quot; (see: cutover-cli cases --help)</source>
        <translation>cases：未知子命令“%1”（参见：cutover-cli cases --help）</translation>
    </message>
    <message>
        <source>Add or list a project&apos;s prompts.</source>
        <translation>添加或列出项目的提示词。</translation>
    </message>
    <message>
        <source>Run a prompt over the test cases on endpoints and store the results.</source>
        <translation>在端点上用测试用例运行提示词，并保存结果。</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1：无法读取文件：%2</translation>
    </message>
    <message>
        <source>%1: not JSON at byte %2: %3</source>
        <translation>%1：第 %2 字节处不是 JSON：%3</translation>
    </message>
    <message>
        <source>The prompt&apos;s name.</source>
        <translation>提示词名称。</translation>
    </message>
    <message>
        <source>A JSON template: [{&quot;role&quot;: ..., &quot;text&quot;: ...}] or an exported prompt.</source>
        <translation>一个 JSON 模板：[{&quot;role&quot;: ..., &quot;text&quot;: ...}]，或导出的提示词。</translation>
    </message>
    <message>
        <source>The user message, with {{placeholders}}.</source>
        <translation>用户消息，可包含 {{placeholders}} 占位符。</translation>
    </message>
    <message>
        <source>A system message.</source>
        <translation>系统消息。</translation>
    </message>
    <message>
        <source>Add the version to this endpoint&apos;s own variant.</source>
        <translation>将该版本添加到此端点专用的变体中。</translation>
    </message>
    <message>
        <source>A note for the new version.</source>
        <translation>新版本的备注。</translation>
    </message>
    <message>
        <source>Print the name and version as JSON.</source>
        <translation>以 JSON 格式输出名称和版本。</translation>
    </message>
    <message>
        <source>Add a prompt to the project, or a new version of it if the name exists.</source>
        <translation>向项目添加提示词；如果该名称已存在，则添加一个新版本。</translation>
    </message>
    <message>
        <source>missing --name (see: cutover-cli prompt add --help)</source>
        <translation>缺少 --name（参见：cutover-cli prompt add --help）</translation>
    </message>
    <message>
        <source>give either --file or --user (see: cutover-cli prompt add --help)</source>
        <translation>请指定 --file 或 --user 之一（参见：cutover-cli prompt add --help）</translation>
    </message>
    <message>
        <source>--system goes with --user</source>
        <translation>--system 必须与 --user 一起使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a prompt name</source>
        <translation>“%1”不能作为提示词名称</translation>
    </message>
    <message>
        <source>the template has no messages</source>
        <translation>模板中没有消息</translation>
    </message>
    <message>
        <source>the project already has a prompt named &quot;%1&quot;</source>
        <translation>项目中已有名为“%1”的提示词</translation>
    </message>
    <message>
        <source>add the prompt &quot;%1&quot; before a variant of it</source>
        <translation>请先添加提示词“%1”，再添加它的变体</translation>
    </message>
    <message>
        <source>%1@%2
</source>
        <translation>%1@%2
</translation>
    </message>
    <message>
        <source>List the project&apos;s prompts. Never writes.</source>
        <translation>列出项目的提示词。绝不写入。</translation>
    </message>
    <message>
        <source>%1@%2	%3
</source>
        <extracomment>prompt list: name@latest version, variants</extracomment>
        <translation>%1@%2	%3
</translation>
    </message>
    <message>
        <source>Usage: cutover-cli prompt add &lt;path&gt; --name N (--file TEMPLATE.json | --user TEXT [--system TEXT]) [--endpoint E] [--note TEXT]
       cutover-cli prompt list &lt;path&gt; [--json]
</source>
        <translation>用法：cutover-cli prompt add &lt;path&gt; --name N (--file TEMPLATE.json | --user TEXT [--system TEXT]) [--endpoint E] [--note TEXT]
      cutover-cli prompt list &lt;path&gt; [--json]
</translation>
    </message>
    <message>
        <source>prompt: missing subcommand, add or list (see: cutover-cli prompt --help)</source>
        <translation>prompt：缺少子命令 add 或 list（参见：cutover-cli prompt --help）</translation>
    </message>
    <message>
        <source>prompt: unknown subcommand &quot;%1&quot; (see: cutover-cli prompt --help)</source>
        <translation>prompt：未知子命令“%1”（参见：cutover-cli prompt --help）</translation>
    </message>
    <message>
        <source>The prompt, NAME or NAME@VERSION (default: latest).</source>
        <translation>提示词，NAME 或 NAME@VERSION（默认：最新版本）。</translation>
    </message>
    <message>
        <source>Comma-separated endpoint names; the first is the baseline.</source>
        <translation>以逗号分隔的端点名称；第一个为基线。</translation>
    </message>
    <message>
        <source>Answers per case and endpoint.</source>
        <translation>每个测试用例和端点的回答次数。</translation>
    </message>
    <message>
        <source>Send every request, even when the response cache holds the answer.</source>
        <translation>发送每一个请求，即使响应缓存中已有回答。</translation>
    </message>
    <message>
        <source>Resume the stored run with this id instead of starting a new one.</source>
        <translation>继续具有此 ID 的已保存运行，而不是开始新的运行。</translation>
    </message>
    <message>
        <source>Share of evaluated results that may fail their assertions before the exit code is 4 (default 0).</source>
        <translation>已评估结果中允许断言失败的比例，超过时退出码为 4（默认 0）。</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object.</source>
        <translation>以一个 JSON 对象的形式输出摘要。</translation>
    </message>
    <message>
        <source>missing --prompt or --endpoints (see: cutover-cli run --help)</source>
        <translation>缺少 --prompt 或 --endpoints（参见：cutover-cli run --help）</translation>
    </message>
    <message>
        <source>--repeats must be a whole number from 1, not &quot;%1&quot;</source>
        <translation>--repeats 必须是不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--concurrency must be a whole number from 0, not &quot;%1&quot;</source>
        <translation>--concurrency 必须是不小于 0 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--max-failure-rate must be a number from 0 to 1, not &quot;%1&quot;</source>
        <translation>--max-failure-rate 必须是 0 到 1 之间的数字，而不是“%1”</translation>
    </message>
    <message>
        <source>--resume needs a run id, not &quot;%1&quot;</source>
        <translation>--resume 需要运行 ID，而不是“%1”</translation>
    </message>
    <message>
        <source>--endpoints names no endpoint</source>
        <translation>--endpoints 没有指定任何端点</translation>
    </message>
    <message>
        <source>Run %1: %2@%3, %4 result(s)
</source>
        <translation>运行 %1：%2@%3，%4 个结果
</translation>
    </message>
    <message>
        <source>%1: ok %2, error %3, incomplete %4; passed %5/%6; latency mean %7 ms, p95 %8 ms; tokens %9 in, %10 out; cost %11
</source>
        <extracomment>run summary line per endpoint</extracomment>
        <translation>%1：成功 %2，错误 %3，不完整 %4；通过 %5/%6；延迟平均 %7 毫秒，p95 %8 毫秒；Token 输入 %9，输出 %10；成本 %11
</translation>
    </message>
    <message>
        <source>run %1 was interrupted; resume it with --resume %1</source>
        <translation>运行 %1 被中断；可使用 --resume %1 继续</translation>
    </message>
    <message>
        <source>%1 request(s) failed: %2</source>
        <translation>%1 个请求失败：%2</translation>
    </message>
    <message>
        <source>%1 of %2 evaluated result(s) failed their assertions</source>
        <translation>%2 个已评估结果中有 %1 个断言失败</translation>
    </message>
    <message>
        <source>
Run &quot;cutover-cli &lt;command&gt; --help&quot; for a command&apos;s options.
Exit codes: 0 success, 1 usage error, 2 bad or unreadable input, 3 provider failure, 4 assertions failed (run), 5 records rejected (convert), 130 interrupted.
</source>
        <translation>
运行“cutover-cli &lt;命令&gt; --help”查看某个命令的选项。
退出码：0 成功，1 用法错误，2 输入有误或无法读取，3 服务商调用失败，4 断言未通过（run），5 有记录被拒收（convert），130 被中断。
</translation>
    </message>
    <message>
        <source>cutover-cli: run %1: %2 of %3 done, %4 failed, about %5 s left
</source>
        <translation>cutover-cli：运行 %1：已完成 %2/%3，失败 %4，约剩 %5 秒
</translation>
    </message>
    <message>
        <source>cutover-cli: run %1: %2 of %3 done
</source>
        <translation>cutover-cli：运行 %1：已完成 %2/%3
</translation>
    </message>
    <message>
        <source>%1; resume the run later with --resume %2</source>
        <translation>%1；稍后可用 --resume %2 继续这次运行</translation>
    </message>
    <message>
        <source>A .csv or .jsonl file of cases, or a file of conversations (see --conversations).</source>
        <translation>包含测试用例的 .csv 或 .jsonl 文件，或对话文件（参见 --conversations）。</translation>
    </message>
    <message>
        <source>The file holds conversations (OpenAI chat, Anthropic Messages, ShareGPT, Alpaca or Gemini; JSON Lines or one JSON array): each becomes a case with the variables system, input (the last user turn) and history (earlier turns as JSON); the last assistant answer is the reference; metadata tags become tags. Implied by --format and by a .json file.</source>
        <translation>文件中是对话（OpenAI chat、Anthropic Messages、ShareGPT、Alpaca 或 Gemini；JSON Lines 或单个 JSON 数组）：每段对话成为一个用例，带有变量 system、input（最后一个用户轮次）和 history（之前的轮次，JSON 格式）；最后一条助手回答作为参考答案；元数据中的标签成为用例标签。指定 --format 或使用 .json 文件时自动启用。</translation>
    </message>
    <message>
        <source>The conversations&apos; format: auto (the default), openai, anthropic, sharegpt, alpaca or gemini.</source>
        <translation>对话的格式：auto（默认）, openai, anthropic, sharegpt, alpaca 或 gemini。</translation>
    </message>
    <message>
        <source>Import test cases: every column or key becomes a variable; &quot;expected&quot; is the reference answer; &quot;tags&quot;, &quot;assertions&quot; and &quot;pass_threshold&quot; are read as such. All or nothing: a problem names the file and line. From conversations (--conversations): one case per conversation; those without a user turn are counted and listed, not imported.</source>
        <translation>导入测试用例：每一列或每个键都成为一个变量；&quot;expected&quot; 为参考答案；&quot;tags&quot;、&quot;assertions&quot; 和 &quot;pass_threshold&quot; 按其本义读取。要么全部导入，要么全不导入：出现问题时会指出文件和行号。从对话导入（--conversations）：每段对话一个用例；没有用户轮次的对话只计数并列出，不导入。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; for --format; use auto, openai, anthropic, sharegpt, alpaca or gemini (add -array for one JSON array)</source>
        <translation>--format 的格式“%1”未知；请使用 auto, openai, anthropic, sharegpt, alpaca 或 gemini（加上 -array 表示单个 JSON 数组）</translation>
    </message>
    <message>
        <source>Usage: cutover-cli cases import &lt;path&gt; &lt;file.csv|file.jsonl&gt; [--json]
       cutover-cli cases import &lt;path&gt; &lt;conversations&gt; --conversations [--format auto|openai|anthropic|sharegpt|alpaca|gemini] [--json]
</source>
        <translation>用法：cutover-cli cases import &lt;path&gt; &lt;file.csv|file.jsonl&gt; [--json]
      cutover-cli cases import &lt;path&gt; &lt;conversations&gt; --conversations [--format auto|openai|anthropic|sharegpt|alpaca|gemini] [--json]
</translation>
    </message>
    <message>
        <source>Import test cases from CSV, JSONL or stored conversations.</source>
        <translation>从 CSV、JSONL 或保存的对话导入测试用例。</translation>
    </message>
    <message>
        <source>Compare two variants of a project&apos;s runs, with intervals and the plan&apos;s verdicts.</source>
        <translation>比较项目运行中的基线与候选，给出置信区间和计划目标的判定。</translation>
    </message>
    <message>
        <source>file %1 of %2</source>
        <translation>第 %1/%2 个文件</translation>
    </message>
    <message>
        <source>%1: %2 records in = %3 converted (%4 with losses) + %5 rejected</source>
        <translation>%1：输入 %2 条记录 = 已转换 %3 条（%4 条有损失）+ 被拒收 %5 条</translation>
    </message>
    <message>
        <source>The file(s) to convert, read in order into one output; - reads standard input (only alone).</source>
        <translation>要转换的文件，按顺序读入同一个输出；- 表示读取标准输入（只能单独使用）。</translation>
    </message>
    <message>
        <source>Convert conversation records between formats. Every record is converted, converted with its losses counted, or rejected with its position. Several inputs are read in order into one output and must hold one format (or give --from); the summary counts each file and all. Exit codes: 0 all records converted, 5 some records rejected, 2 unreadable input or bad options, 1 usage.</source>
        <translation>在不同格式之间转换对话记录。每条记录要么被转换，要么被转换并统计其损失，要么被拒收并注明位置。多个输入按顺序读入同一个输出，且必须属于同一种格式（或指定 --from）；摘要会分别统计每个文件及总计。退出码：0 全部记录已转换，5 部分记录被拒收，2 输入无法读取或选项有误，1 用法错误。</translation>
    </message>
    <message>
        <source>- (standard input) can only be converted alone, not together with files</source>
        <translation>-（标准输入）只能单独转换，不能与文件一起转换</translation>
    </message>
    <message>
        <source>%1 is named twice as input</source>
        <translation>%1 作为输入被指定了两次</translation>
    </message>
    <message>
        <source>Prompts:         %1
</source>
        <translation>提示词:          %1
</translation>
    </message>
    <message>
        <source>Test cases:      %1
</source>
        <translation>测试用例:        %1
</translation>
    </message>
    <message>
        <source>Runs:            %1
</source>
        <translation>运行:            %1
</translation>
    </message>
    <message>
        <source>Run a prompt over the project&apos;s test cases on the given endpoints and store every answer in the project. Exit code 0: done and assertions within the threshold; 4: assertions failed beyond it; 3: provider failures; 2: bad input. To store results recorded elsewhere as a run: cutover-cli run import --help.</source>
        <translation>在指定端点上用项目的测试用例运行提示词，并将每个回答保存到项目中。退出码 0：完成且断言失败未超过阈值；4：断言失败超过阈值；3：服务商调用失败；2：输入有误。要将在别处记录的结果保存为运行，请参见 cutover-cli run import --help。</translation>
    </message>
    <message>
        <source>The recorded results, JSON Lines (one result per line; see README).</source>
        <translation>记录的结果，JSON Lines 格式（每行一个结果；参见 README）。</translation>
    </message>
    <message>
        <source>The prompt the results answer, NAME or NAME@VERSION (default: latest).</source>
        <translation>这些结果所对应的提示词，NAME 或 NAME@VERSION（默认：最新版本）。</translation>
    </message>
    <message>
        <source>A note shown with the run, e.g. where the results come from.</source>
        <translation>随运行显示的说明，例如结果的来源。</translation>
    </message>
    <message>
        <source>Store results recorded elsewhere as a run of the project, with their assertions evaluated. Nothing is stored unless the whole file is valid. Exit code 0: imported; 2: bad input.</source>
        <translation>将在别处记录的结果保存为项目的一次运行，并评估其断言。只有整个文件有效时才会保存。退出码 0：已导入；2：输入有误。</translation>
    </message>
    <message>
        <source>missing --prompt or --endpoints (see: cutover-cli run import --help)</source>
        <translation>缺少 --prompt 或 --endpoints（参见：cutover-cli run import --help）</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n result(s) as run %1.</source>
        <translation>
            <numerusform>已将 %n 个结果导入为运行 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1（运行 %2）</translation>
    </message>
    <message>
        <source>Baseline:  %1
Candidate: %2

</source>
        <translation>基线：%1
候选：%2

</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 (%2 ok)</source>
        <translation>%1（成功 %2）</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Incomplete rate</source>
        <translation>不完整率</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p90</source>
        <translation>延迟 p90</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>Latency mean</source>
        <translation>平均延迟</translation>
    </message>
    <message>
        <source>First token p50</source>
        <translation>首 Token 时间 p50</translation>
    </message>
    <message>
        <source>First token p95</source>
        <translation>首 Token 时间 p95</translation>
    </message>
    <message>
        <source>Input tokens (mean)</source>
        <translation>平均输入 Token 数</translation>
    </message>
    <message>
        <source>Output tokens (mean)</source>
        <translation>平均输出 Token 数</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>每次请求成本</translation>
    </message>
    <message>
        <source>Cost per 1,000 requests</source>
        <translation>每千次请求成本</translation>
    </message>
    <message>
        <source>  Intervals are 95 %; changes are candidate against baseline.

</source>
        <translation>  区间均为 95% 置信区间；变化为候选相对于基线。

</translation>
    </message>
    <message>
        <source>Paired over %1 cells (same case and repeat)
</source>
        <translation>按 %1 个单元格配对（相同用例和重复序号）
</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>断言</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Pass/fail (McNemar)</source>
        <translation>通过/未通过（McNemar）</translation>
    </message>
    <message>
        <source>%1 only baseline passed, %2 only candidate passed; %3</source>
        <translation>仅基线通过 %1 个，仅候选通过 %2 个；%3</translation>
    </message>
    <message>
        <source>Latency (Welch)</source>
        <translation>延迟（Welch）</translation>
    </message>
    <message>
        <source>Latency (Mann–Whitney)</source>
        <translation>延迟（Mann–Whitney）</translation>
    </message>
    <message>
        <source>Effect size</source>
        <translation>效应量</translation>
    </message>
    <message>
        <source>Hedges&apos; g %1, rank-biserial %2</source>
        <translation>Hedges&apos; g %1，秩二列相关 %2</translation>
    </message>
    <message>
        <source>
Objectives
</source>
        <translation>
目标
</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>实测 %1</translation>
    </message>
    <message>
        <source>
Pass rate by tag
</source>
        <translation>
各标签的通过率
</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>用例数</translation>
    </message>
    <message>
        <source>Compare these runs: one run (its first two endpoints) or two runs (baseline first). Default: the latest run with two endpoints.</source>
        <translation>要比较的运行：一个运行（取其前两个端点）或两个运行（基线在前）。默认：最近一个有两个端点的运行。</translation>
    </message>
    <message>
        <source>The baseline&apos;s endpoint.</source>
        <translation>基线的端点。</translation>
    </message>
    <message>
        <source>The candidate&apos;s endpoint.</source>
        <translation>候选的端点。</translation>
    </message>
    <message>
        <source>Compare two variants of a project&apos;s runs: pass rate, errors, latency, tokens and cost with 95 % intervals, paired tests, and the plan&apos;s objectives judged met, not met or inconclusive. Opens the project read-only; never writes to it.</source>
        <translation>比较项目运行中的基线与候选：通过率、错误、延迟、Token 和成本（附 95% 置信区间）、配对检验，以及计划目标的判定（已达成、未达成或无定论）。以只读方式打开项目；绝不写入。</translation>
    </message>
    <message>
        <source>stats: --runs takes one or two run numbers, e.g. --runs 3 or --runs 3,5 (see: cutover-cli stats --help)</source>
        <translation>stats：--runs 接受一个或两个运行编号，例如 --runs 3 或 --runs 3,5（参见：cutover-cli stats --help）</translation>
    </message>
    <message>
        <source>%1 The project was saved by an older Cutover (schema version %2, this one writes %3): open it in Cutover once to upgrade it.</source>
        <translation>%1该项目由旧版本的 Cutover 保存（架构版本 %2，此版本写入 %3）：请在 Cutover 中打开一次以完成升级。</translation>
    </message>
    <message>
        <source>Project:   %1
</source>
        <translation>项目：%1
</translation>
    </message>
    <message>
        <source>Requests in flight per endpoint, at most the endpoint&apos;s own limit (default: that limit).</source>
        <translation>每个端点同时进行的请求数，不超过端点自身的限额（默认：该限额）。</translation>
    </message>
</context>
<context>
    <name>Cutover::ComparePane</name>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
    <message>
        <source>%1 (candidate)</source>
        <translation>%1（候选）</translation>
    </message>
    <message>
        <source>Run both</source>
        <translation>同时运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Highlight differences</source>
        <translation>突出显示差异</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;andidate:</source>
        <translation>候选(&amp;A)：</translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation>可选的系统提示词</translation>
    </message>
    <message>
        <source>The user message to send to both endpoints</source>
        <translation>要发送给两个端点的用户消息</translation>
    </message>
    <message>
        <source>&amp;System prompt:</source>
        <translation>系统提示词(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User message:</source>
        <translation>用户消息(&amp;U)：</translation>
    </message>
    <message>
        <source>Send the same request to both endpoints (Ctrl+Return)</source>
        <translation>向两个端点发送相同的请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Stop both calls (Esc)</source>
        <translation>停止两个调用（Esc）</translation>
    </message>
    <message>
        <source>Colour the words that differ once both answers are complete: dropped words in the baseline, added words in the candidate</source>
        <translation>两个回答都完成后，为不同的词着色：基线中为被删去的词，候选中为新增的词</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n message(s) from %1.</source>
        <translation>
            <numerusform>正在发送来自 %1 的 %n 条消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read the project&apos;s endpoints: %1</source>
        <translation>无法读取项目的端点：%1</translation>
    </message>
    <message>
        <source>This project has no endpoints yet. Add two in the Endpoints pane, then compare them here.</source>
        <translation>此项目还没有端点。请先在“端点”面板中添加两个，再在这里比较。</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>no endpoint is chosen.</source>
        <translation>未选择端点。</translation>
    </message>
    <message>
        <source>the endpoint &quot;%1&quot; no longer exists.</source>
        <translation>端点“%1”已不存在。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no API key for &quot;%1&quot;: %2</source>
        <translation>“%1”没有 API 密钥：%2</translation>
    </message>
    <message>
        <source>Repeat </source>
        <translation>重复 </translation>
    </message>
    <message>
        <source>Which repeat of the run to show</source>
        <translation>显示该运行的第几次重复</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文本</translation>
    </message>
    <message>
        <source>Prompt and case</source>
        <translation>提示词与用例</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录结果</translation>
    </message>
    <message>
        <source>Type a message; nothing is stored</source>
        <translation>输入消息；不会保存任何内容</translation>
    </message>
    <message>
        <source>A prompt version on a test case; the comparison is kept in the project and can be rated</source>
        <translation>在测试用例上运行某个提示词版本；比较会保存在项目中，并可评分</translation>
    </message>
    <message>
        <source>Stored answers of a run, reviewed offline; open one from the results matrix</source>
        <translation>运行中已保存的回答，离线查看；可从结果矩阵中打开</translation>
    </message>
    <message>
        <source>Free-text compares are not stored. To rate answers, compare a prompt on a test case or open a recorded result.</source>
        <translation>自由文本比较不会保存。如需评分，请在测试用例上比较提示词，或打开已记录的结果。</translation>
    </message>
    <message>
        <source>The answers can be rated once both are in.</source>
        <translation>两个回答都到达后即可评分。</translation>
    </message>
    <message>
        <source>A cancelled comparison is not stored.</source>
        <translation>已取消的比较不会保存。</translation>
    </message>
    <message>
        <source>This project is open read-only: the comparison was not stored and cannot be rated.</source>
        <translation>此项目以只读方式打开：比较未保存，也无法评分。</translation>
    </message>
    <message>
        <source>The comparison could not be stored: %1</source>
        <translation>无法保存比较：%1</translation>
    </message>
    <message>
        <source>Run again live</source>
        <translation>重新实时运行</translation>
    </message>
    <message>
        <source>Send the run&apos;s prompt and this case to both endpoints again (Ctrl+Return)</source>
        <translation>将该运行的提示词和此用例再次发送给两个端点（Ctrl+Return）</translation>
    </message>
    <message>
        <source>no result is stored for this case yet.</source>
        <translation>此用例尚未保存结果。</translation>
    </message>
    <message>
        <source>from the response cache</source>
        <translation>来自响应缓存</translation>
    </message>
    <message>
        <source>Recorded: run %1 · %2 v%3 · case %4</source>
        <translation>已记录：运行 %1 · %2 v%3 · 用例 %4</translation>
    </message>
    <message>
        <source>the prompt &quot;%1&quot; v%2 is not in the library</source>
        <translation>提示词库中没有提示词“%1” v%2</translation>
    </message>
    <message>
        <source>case %1 no longer exists</source>
        <translation>用例 %1 已不存在</translation>
    </message>
    <message>
        <source>the endpoints &quot;%1&quot; and &quot;%2&quot; are not both in the project</source>
        <translation>端点“%1”和“%2”并非都在项目中</translation>
    </message>
    <message>
        <source>Cannot run this again: %1.</source>
        <translation>无法再次运行：%1。</translation>
    </message>
</context>
<context>
    <name>Cutover::CompareRecorder</name>
    <message>
        <source>Interactive compare of one case</source>
        <translation>单个用例的交互式比较</translation>
    </message>
</context>
<context>
    <name>Cutover::CompareSide</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this answer to the clipboard</source>
        <translation>将此回答复制到剪贴板</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>正在等待首个 Token…</translation>
    </message>
    <message>
        <source>Retrying (attempt %1)…</source>
        <translation>正在重试（第 %1 次尝试）…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>正在流式接收…</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>工具调用：%1(%2)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Incomplete: the answer was cut off.</source>
        <translation>不完整：回答被截断。</translation>
    </message>
    <message>
        <source>Incomplete: %1</source>
        <translation>不完整：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>First token %1 · Latency %2 · Tokens in %3 / out %4 · Cost %5 · Finish %6</source>
        <translation>首 Token %1 · 延迟 %2 · Token 输入 %3 / 输出 %4 · 成本 %5 · 结束原因 %6</translation>
    </message>
    <message>
        <source>Assertions: not judged</source>
        <translation>断言：未判定</translation>
    </message>
    <message>
        <source>Assertions: passed</source>
        <translation>断言：通过</translation>
    </message>
    <message>
        <source>Assertions: failed</source>
        <translation>断言：未通过</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1（分值 %2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Cutover::ConversationCases</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the conversation has no messages</source>
        <translation>对话中没有消息</translation>
    </message>
    <message>
        <source>the conversation has no user turn</source>
        <translation>对话中没有用户轮次</translation>
    </message>
    <message>
        <source>%1 holds no conversations.</source>
        <translation>%1 中没有对话。</translation>
    </message>
    <message>
        <source>%1: no record is valid JSON; cannot detect the format.</source>
        <translation>%1：没有任何记录是有效的 JSON；无法检测格式。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>the JSON array&apos;s structure is broken here</source>
        <translation>JSON 数组的结构在此处损坏</translation>
    </message>
    <message>
        <source>not a %1 record: %2</source>
        <translation>不是 %1 记录：%2</translation>
    </message>
    <message>
        <source>line %1 (%2)</source>
        <translation>第 %1 行（%2）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 conversations cannot become a case and were not imported: %4</source>
        <translation>%1：%3 段对话中有 %2 段无法成为用例，未导入：%4</translation>
    </message>
    <message>
        <source>%1: %2 cases had images or other non-text parts; only their text was imported.</source>
        <translation>%1：%2 个用例含有图像或其他非文本部分；只导入了其中的文本。</translation>
    </message>
</context>
<context>
    <name>Cutover::ConversionSetup</name>
    <message>
        <source>%1 (one JSON array)</source>
        <translation>%1（单个 JSON 数组）</translation>
    </message>
    <message>
        <source>%1 (JSON Lines)</source>
        <translation>%1（JSON Lines）</translation>
    </message>
</context>
<context>
    <name>Cutover::ConvertWizard</name>
    <message>
        <source>Convert Data</source>
        <translation>转换数据</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Converted with losses</source>
        <translation>有损失的转换</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>1 record read</source>
        <translation>已读取 1 条记录</translation>
    </message>
    <message>
        <source>%1 records read</source>
        <translation>已读取 %1 条记录</translation>
    </message>
    <message>
        <source>%1 = %2 converted (%3 of them with losses) + %4 rejected.</source>
        <translation>%1 = %2 条已转换（其中 %3 条有损失）+ %4 条被拒收。</translation>
    </message>
    <message>
        <source>The file starts with a byte order mark; it was skipped.</source>
        <translation>文件以字节顺序标记（BOM）开头；已跳过该标记。</translation>
    </message>
    <message>
        <source>%1 lines end in CRLF.</source>
        <translation>%1 行以 CRLF 结尾。</translation>
    </message>
    <message>
        <source>%1 blank lines were skipped.</source>
        <translation>已跳过 %1 个空行。</translation>
    </message>
    <message>
        <source>The last record is not terminated (the file may be truncated).</source>
        <translation>最后一条记录没有结束（文件可能已被截断）。</translation>
    </message>
    <message>
        <source>%1 bytes after a broken array structure were skipped.</source>
        <translation>已跳过损坏的数组结构之后的 %1 字节。</translation>
    </message>
    <message>
        <source>%1 records have duplicate keys.</source>
        <translation>%1 条记录含有重复的键。</translation>
    </message>
    <message>
        <source>%1 records hold integers beyond 2^53; they were kept verbatim.</source>
        <translation>%1 条记录含有超过 2^53 的整数；已原样保留。</translation>
    </message>
    <message>
        <source>%1 records hold lone surrogates; they were kept escaped.</source>
        <translation>%1 条记录含有孤立的代理项；已保留其转义形式。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>%1, id %2</source>
        <translation>%1，ID %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Records by input file</source>
        <translation>各输入文件的记录</translation>
    </message>
    <message>
        <source>%1: %2 converted (%3 with losses) + %4 rejected</source>
        <translation>%1：已转换 %2 条（%3 条有损失）+ 被拒收 %4 条</translation>
    </message>
    <message>
        <source>%1 starts with a byte order mark; it was skipped.</source>
        <translation>%1 以字节顺序标记（BOM）开头；已跳过该标记。</translation>
    </message>
    <message>
        <source>%1: %2 lines end in CRLF.</source>
        <translation>%1：%2 行以 CRLF 结尾。</translation>
    </message>
    <message>
        <source>%1: %2 blank lines were skipped.</source>
        <translation>%1：跳过了 %2 个空行。</translation>
    </message>
    <message>
        <source>%1: the last record is not terminated (the file may be truncated).</source>
        <translation>%1：最后一条记录没有结束（文件可能被截断）。</translation>
    </message>
    <message>
        <source>%1: %2 bytes after a broken array structure were skipped.</source>
        <translation>%1：跳过了数组结构损坏处之后的 %2 字节。</translation>
    </message>
</context>
<context>
    <name>Cutover::Core</name>
    <message>
        <source>The endpoint has no name.</source>
        <translation>端点没有名称。</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; of endpoint &quot;%2&quot; is not an http(s) URL.</source>
        <translation>端点“%2”的基础 URL“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has no model.</source>
        <translation>端点“%1”没有指定模型。</translation>
    </message>
    <message>
        <source>The base URL of Anthropic endpoint &quot;%1&quot; must not end with /v1; requests go to {base}/v1/messages.</source>
        <translation>Anthropic 端点“%1”的基础 URL 不能以 /v1 结尾；请求会发往 {base}/v1/messages。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has a negative price.</source>
        <translation>端点“%1”的价格为负数。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has a negative limit or a timeout that is not positive.</source>
        <translation>端点“%1”的限额为负数，或超时时间不是正数。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; has a maximum token count that is not positive.</source>
        <translation>端点“%1”的最大 Token 数不是正数。</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Qwen (DashScope, China)</source>
        <translation>Qwen（DashScope，中国站）</translation>
    </message>
    <message>
        <source>Qwen (DashScope, international)</source>
        <translation>Qwen（DashScope，国际站）</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; in the project holds an invalid %2.</source>
        <translation>项目中的端点“%1”包含无效的 %2。</translation>
    </message>
    <message>
        <source>The endpoints could not be read from the project: %1</source>
        <translation>无法从项目中读取端点：%1</translation>
    </message>
    <message>
        <source>An endpoint named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的端点已存在。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; (id %2) is not in the project.</source>
        <translation>端点“%1”（ID %2）不在项目中。</translation>
    </message>
    <message>
        <source>There is no endpoint named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的端点。</translation>
    </message>
    <message>
        <source>The keychain holds no key named &quot;%1&quot;. Enter the key again, or use an environment variable.</source>
        <translation>钥匙串中没有名为“%1”的密钥。请重新输入密钥，或改用环境变量。</translation>
    </message>
    <message>
        <source>No OS keychain is available on this machine, so key &quot;%1&quot; cannot be read from it. Use an environment variable, or enter the key for this session only.</source>
        <translation>此计算机上没有可用的系统钥匙串，因此无法从中读取密钥“%1”。请改用环境变量，或输入仅用于本次会话的密钥。</translation>
    </message>
    <message>
        <source>The keychain refused access to key &quot;%1&quot;.</source>
        <translation>钥匙串拒绝访问密钥“%1”。</translation>
    </message>
    <message>
        <source>The environment variable %1 that should hold the API key is not set.</source>
        <translation>应保存 API 密钥的环境变量 %1 未设置。</translation>
    </message>
    <message>
        <source>The plan could not be read from the project: %1</source>
        <translation>无法从项目中读取计划：%1</translation>
    </message>
    <message>
        <source>The project holds an unknown value &quot;%1&quot; in %2.%3 (row %4).</source>
        <translation>项目的 %2.%3 中含有未知值“%1”（第 %4 行）。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开项目“%1”：%2</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged and was not opened (SQLite&apos;s integrity check reports: %2).</source>
        <translation>项目“%1”已损坏，未打开（SQLite 完整性检查报告：%2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is open in another Cutover window (process %2 on %3).</source>
        <translation>项目“%1”已在另一个 Cutover 窗口中打开（%3 上的进程 %2）。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is open in another Cutover window (process %2).</source>
        <translation>项目“%1”已在另一个 Cutover 窗口中打开（进程 %2）。</translation>
    </message>
    <message>
        <source>The lock file &quot;%1&quot; could not be created, so the project cannot be edited.</source>
        <translation>无法创建锁文件“%1”，因此无法编辑该项目。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged: it has no schema version.</source>
        <translation>项目“%1”已损坏：没有架构版本。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was opened read-only.</source>
        <translation>项目“%1”已以只读方式打开。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was made by a newer version of Cutover (schema version %2; this version knows up to %3). It was opened read-only.</source>
        <translation>项目“%1”由更新版本的 Cutover 创建（架构版本 %2；此版本最高支持 %3），已以只读方式打开。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; or its folder is not writable. It was opened read-only.</source>
        <translation>项目“%1”或其所在文件夹不可写，已以只读方式打开。</translation>
    </message>
    <message>
        <source>It was opened read-only.</source>
        <translation>已以只读方式打开。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; uses the older schema version %2 and must be upgraded to version %3 before it can be opened, which needs write access. %4</source>
        <translation>项目“%1”使用较旧的架构版本 %2，必须先升级到版本 %3 才能打开，而升级需要写入权限。%4</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be opened for writing: %2</source>
        <translation>无法以写入方式打开项目“%1”：%2</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取项目“%1”：%2</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; was not upgraded because its backup copy &quot;%2&quot; could not be written: %3</source>
        <translation>项目“%1”未升级，因为无法写入其备份副本“%2”：%3</translation>
    </message>
    <message>
        <source>Upgrading the project &quot;%1&quot; from schema version %2 to %3 failed at version %4: %5 The project was not changed.</source>
        <translation>将项目“%1”从架构版本 %2 升级到 %3 时在版本 %4 失败：%5 项目未被更改。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; already exists; a new project was not created there.</source>
        <translation>“%1”已存在；未在该位置创建新项目。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file; a new project was not created there.</source>
        <translation>“%1”不是文件；未在该位置创建新项目。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist; the project &quot;%2&quot; was not created.</source>
        <translation>文件夹“%1”不存在；未创建项目“%2”。</translation>
    </message>
    <message>
        <source>A new project cannot be created read-only.</source>
        <translation>不能以只读方式创建新项目。</translation>
    </message>
    <message>
        <source>The new project could not be flushed to disk.</source>
        <translation>无法将新项目刷写到磁盘。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be created: %2</source>
        <translation>无法创建项目“%1”：%2</translation>
    </message>
    <message>
        <source>The project is closed.</source>
        <translation>项目已关闭。</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; is already open.</source>
        <translation>名为“%1”的连接已打开。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of table %3.</source>
        <translation>表 %2 的第 %1 行引用了表 %3 中不存在的行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the project itself; choose another name to save a copy.</source>
        <translation>“%1”就是项目本身；请选择其他名称来保存副本。</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; does not exist; the copy was not saved.</source>
        <translation>文件夹“%1”不存在；副本未保存。</translation>
    </message>
    <message>
        <source>The copy &quot;%1&quot; could not be saved: %2</source>
        <translation>无法保存副本“%1”：%2</translation>
    </message>
    <message>
        <source>the copy is in journal mode %1</source>
        <translation>副本处于日志模式 %1</translation>
    </message>
    <message>
        <source>the copy does not carry the project&apos;s application id and schema version</source>
        <translation>副本没有项目的应用程序 ID 和架构版本</translation>
    </message>
    <message>
        <source>the copy is still in WAL mode</source>
        <translation>副本仍处于 WAL 模式</translation>
    </message>
    <message>
        <source>it could not be flushed to disk</source>
        <translation>无法将其刷写到磁盘</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; could not be checkpointed on closing: %2</source>
        <translation>关闭时无法为项目“%1”执行检查点：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file and cannot be a Cutover project.</source>
        <translation>“%1”不是文件，不可能是 Cutover 项目。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be read: %2</source>
        <translation>无法读取文件“%1”：%2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is empty; it is not a Cutover project.</source>
        <translation>文件“%1”为空；它不是 Cutover 项目。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Cutover project: it is not an SQLite database.</source>
        <translation>文件“%1”不是 Cutover 项目：它不是 SQLite 数据库。</translation>
    </message>
    <message numerus="yes">
        <source>The project &quot;%1&quot; is truncated: it ends after %n byte(s), inside the database header.</source>
        <translation>
            <numerusform>项目“%1”已被截断：它在 %n 字节后结束，位于数据库文件头内部。</numerusform>
        </translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged: its header gives an impossible page size (%2 bytes).</source>
        <translation>项目“%1”已损坏：其文件头给出的页面大小（%2 字节）不可能成立。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is not a Cutover project: it is an SQLite database of another application (application id 0x%2).</source>
        <translation>文件“%1”不是 Cutover 项目：它是其他应用程序的 SQLite 数据库（应用程序 ID 0x%2）。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is truncated or damaged: its size (%2 bytes) is not a whole number of %3-byte pages.</source>
        <translation>项目“%1”已被截断或损坏：其大小（%2 字节）不是 %3 字节页面的整数倍。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is truncated: it holds %2 bytes but its header says %3 pages (%4 bytes).</source>
        <translation>项目“%1”已被截断：它只有 %2 字节，但文件头显示应有 %3 页（%4 字节）。</translation>
    </message>
    <message>
        <source>The disk is full; the last change was not saved (%1).</source>
        <translation>磁盘已满；最近的更改未保存（%1）。</translation>
    </message>
    <message>
        <source>The project could not be written: %1</source>
        <translation>无法写入项目：%1</translation>
    </message>
    <message>
        <source>The provider sent malformed JSON in %1.</source>
        <translation>服务商在%1中发送了格式错误的 JSON。</translation>
    </message>
    <message>
        <source>a stream chunk</source>
        <translation>流数据块</translation>
    </message>
    <message>
        <source>the response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>a stream event</source>
        <translation>流事件</translation>
    </message>
    <message>
        <source>OpenAI chat</source>
        <translation>OpenAI chat</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>ShareGPT</source>
        <translation>ShareGPT</translation>
    </message>
    <message>
        <source>Alpaca</source>
        <translation>Alpaca</translation>
    </message>
    <message>
        <source>Gemini</source>
        <translation>Gemini</translation>
    </message>
    <message>
        <source>Several or mid-conversation system messages merged into one system prompt</source>
        <translation>多条或位于对话中间的系统消息已合并为一条系统提示词</translation>
    </message>
    <message>
        <source>System messages after the first dropped</source>
        <translation>第一条之后的系统消息已丢弃</translation>
    </message>
    <message>
        <source>System messages after the first turned into user turns</source>
        <translation>第一条之后的系统消息已转为用户轮次</translation>
    </message>
    <message>
        <source>Tool call ids dropped: the target format has none</source>
        <translation>工具调用 ID 已丢弃：目标格式没有此字段</translation>
    </message>
    <message>
        <source>Tool call ids made up: the source format has none</source>
        <translation>已生成工具调用 ID：源格式没有此字段</translation>
    </message>
    <message>
        <source>Tool call arguments are not a JSON object: kept as the raw string</source>
        <translation>工具调用参数不是 JSON 对象：按原始字符串保留</translation>
    </message>
    <message>
        <source>Tool call argument string re-serialised (spacing may differ)</source>
        <translation>工具调用参数字符串已重新序列化（空白可能不同）</translation>
    </message>
    <message>
        <source>Several tool results merged into one turn</source>
        <translation>多个工具结果已合并为一个轮次</translation>
    </message>
    <message>
        <source>Tool result without a matching call: function name unknown</source>
        <translation>工具结果没有对应的调用：函数名未知</translation>
    </message>
    <message>
        <source>Tool calls, results or definitions dropped: the target format has none</source>
        <translation>工具调用、结果或定义已丢弃：目标格式不支持</translation>
    </message>
    <message>
        <source>Consecutive turns of the same role merged</source>
        <translation>同一角色的连续轮次已合并</translation>
    </message>
    <message>
        <source>Images dropped</source>
        <translation>图像已丢弃</translation>
    </message>
    <message>
        <source>Image representation changed (URL, data URL, base64 or file URI)</source>
        <translation>图像表示形式已更改（URL、data URL、base64 或文件 URI）</translation>
    </message>
    <message>
        <source>Image media type not accepted by the target (Anthropic: JPEG, PNG, GIF, WebP)</source>
        <translation>目标格式不接受该图像媒体类型（Anthropic：JPEG、PNG、GIF、WebP）</translation>
    </message>
    <message>
        <source>Image detail setting dropped</source>
        <translation>图像 detail 设置已丢弃</translation>
    </message>
    <message>
        <source>Reasoning dropped: the target format has no slot for it</source>
        <translation>推理内容已丢弃：目标格式没有对应字段</translation>
    </message>
    <message>
        <source>Reasoning signatures or redacted reasoning dropped</source>
        <translation>推理签名或已脱敏的推理内容已丢弃</translation>
    </message>
    <message>
        <source>Per-message name dropped</source>
        <translation>单条消息的 name 已丢弃</translation>
    </message>
    <message>
        <source>Per-message weight dropped</source>
        <translation>单条消息的 weight 已丢弃</translation>
    </message>
    <message>
        <source>Unknown fields dropped</source>
        <translation>未知字段已丢弃</translation>
    </message>
    <message>
        <source>Content blocks of a type the target does not know dropped</source>
        <translation>目标格式不认识的类型的内容块已丢弃</translation>
    </message>
    <message>
        <source>Several content parts joined into one text</source>
        <translation>多个内容部分已合并为一段文本</translation>
    </message>
    <message>
        <source>Assistant text next to a tool call dropped: the target has one value per turn</source>
        <translation>工具调用旁的助手文本已丢弃：目标格式每个轮次只有一个值</translation>
    </message>
    <message>
        <source>Record id and metadata not carried</source>
        <translation>记录 ID 和元数据未保留</translation>
    </message>
    <message>
        <source>a content part is not an object</source>
        <translation>某个内容部分不是对象</translation>
    </message>
    <message>
        <source>a text part has no string &quot;text&quot;</source>
        <translation>某个文本部分没有字符串 &quot;text&quot;</translation>
    </message>
    <message>
        <source>an image_url part has no URL</source>
        <translation>某个 image_url 部分没有 URL</translation>
    </message>
    <message>
        <source>a message is not an object</source>
        <translation>某条消息不是对象</translation>
    </message>
    <message>
        <source>a message has no string &quot;role&quot;</source>
        <translation>某条消息没有字符串 &quot;role&quot;</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>未知角色 %1</translation>
    </message>
    <message>
        <source>message content is neither a string, an array nor null</source>
        <translation>消息内容既不是字符串、数组，也不是 null</translation>
    </message>
    <message>
        <source>tool_calls is not an array</source>
        <translation>tool_calls 不是数组</translation>
    </message>
    <message>
        <source>a tool call has no function name</source>
        <translation>某个工具调用没有函数名</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>该记录不是 JSON 对象</translation>
    </message>
    <message>
        <source>the record has no &quot;messages&quot;</source>
        <translation>该记录没有 &quot;messages&quot;</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is not an array</source>
        <translation>&quot;messages&quot; 不是数组</translation>
    </message>
    <message>
        <source>%1 reported an error during the stream: %2</source>
        <translation>%1 在流式传输中报告了错误：%2</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回了 HTTP %2：%3</translation>
    </message>
    <message>
        <source>The stream from %1 broke off: %2</source>
        <translation>来自 %1 的流中断了：%2</translation>
    </message>
    <message>
        <source>The stream from %1 ended before it was complete.</source>
        <translation>来自 %1 的流在完成前就结束了。</translation>
    </message>
    <message>
        <source>%1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
    <message>
        <source>Could not send the request to %1 within %2 s.</source>
        <translation>未能在 %2 秒内将请求发送到 %1。</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s (idle timeout).</source>
        <translation>%1 已有 %2 秒未发送任何内容（空闲超时）。</translation>
    </message>
    <message>
        <source>The request to %1 took longer than %2 s.</source>
        <translation>对 %1 的请求耗时超过 %2 秒。</translation>
    </message>
    <message>
        <source>The quota at %1 is used up: %2</source>
        <translation>%1 的配额已用完：%2</translation>
    </message>
    <message>
        <source>%1 is rate-limited until %2: %3</source>
        <translation>%1 已被限流，直到 %2：%3</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>the record has no string &quot;instruction&quot;</source>
        <translation>该记录没有字符串 &quot;instruction&quot;</translation>
    </message>
    <message>
        <source>the record has no string &quot;output&quot;</source>
        <translation>该记录没有字符串 &quot;output&quot;</translation>
    </message>
    <message>
        <source>&quot;input&quot; is not a string</source>
        <translation>&quot;input&quot; 不是字符串</translation>
    </message>
    <message>
        <source>&quot;system&quot; is not a string</source>
        <translation>&quot;system&quot; 不是字符串</translation>
    </message>
    <message>
        <source>&quot;history&quot; is not an array</source>
        <translation>&quot;history&quot; 不是数组</translation>
    </message>
    <message>
        <source>a history entry is not a [question, answer] pair of strings</source>
        <translation>某个 history 条目不是 [问题, 回答] 字符串对</translation>
    </message>
    <message>
        <source>the record has images; Alpaca holds only text</source>
        <translation>该记录含有图像；Alpaca 只能保存文本</translation>
    </message>
    <message>
        <source>consecutive turns of the same role; Alpaca needs question/answer pairs</source>
        <translation>同一角色的连续轮次；Alpaca 需要问答对</translation>
    </message>
    <message>
        <source>the conversation does not start with a user turn</source>
        <translation>对话不是以用户轮次开始</translation>
    </message>
    <message>
        <source>the last user turn has no assistant answer (Alpaca needs an output)</source>
        <translation>最后一个用户轮次没有助手回答（Alpaca 需要 output）</translation>
    </message>
    <message>
        <source>a content block is not an object</source>
        <translation>某个内容块不是对象</translation>
    </message>
    <message>
        <source>a tool_use block has no name</source>
        <translation>某个 tool_use 块没有 name</translation>
    </message>
    <message>
        <source>a message role is not &quot;user&quot; or &quot;assistant&quot;</source>
        <translation>某条消息的角色不是 &quot;user&quot; 或 &quot;assistant&quot;</translation>
    </message>
    <message>
        <source>message content is neither a string nor an array</source>
        <translation>消息内容既不是字符串，也不是数组</translation>
    </message>
    <message>
        <source>&quot;system&quot; is neither a string nor an array</source>
        <translation>&quot;system&quot; 既不是字符串，也不是数组</translation>
    </message>
    <message>
        <source>consecutive %1 turns; Anthropic requires alternating roles</source>
        <translation>连续的 %1 轮次；Anthropic 要求角色交替</translation>
    </message>
    <message>
        <source>tool call arguments are not a JSON object</source>
        <translation>工具调用参数不是 JSON 对象</translation>
    </message>
    <message>
        <source>the JSON array&apos;s structure is broken here; the rest of the file (%1 bytes) is skipped</source>
        <translation>JSON 数组的结构在此处损坏；文件的其余部分（%1 字节）已跳过</translation>
    </message>
    <message>
        <source>truncated last record (%1)</source>
        <translation>最后一条记录被截断（%1）</translation>
    </message>
    <message>
        <source>Cannot open %1 for reading.</source>
        <translation>无法打开 %1 进行读取。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Reading %1 failed.</source>
        <translation>读取 %1 失败。</translation>
    </message>
    <message>
        <source>Cannot write the output: %1</source>
        <translation>无法写入输出：%1</translation>
    </message>
    <message>
        <source>The conversion was cancelled; nothing was written.</source>
        <translation>转换已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1:%2: record rejected (%3); the conversion stopped and wrote nothing.</source>
        <translation>%1:%2：记录被拒收（%3）；转换已停止，未写入任何内容。</translation>
    </message>
    <message>
        <source>The file is one JSON array; its elements are the records.</source>
        <translation>该文件是一个 JSON 数组，其元素即为记录。</translation>
    </message>
    <message>
        <source>One JSON record per line (JSONL).</source>
        <translation>每行一条 JSON 记录（JSONL）。</translation>
    </message>
    <message>
        <source>No complete record found in the first bytes.</source>
        <translation>在开头的字节中未找到完整的记录。</translation>
    </message>
    <message>
        <source>None of the %1 sampled records has the keys of a known format.</source>
        <translation>抽样的 %1 条记录中，没有一条具有已知格式的键。</translation>
    </message>
    <message>
        <source>%1 of %2 records have &quot;messages&quot; with user/assistant turns only: both OpenAI and Anthropic fit; choose the source format.</source>
        <translation>%2 条记录中有 %1 条的 &quot;messages&quot; 只含 user/assistant 轮次：OpenAI 和 Anthropic 均适用，请选择源格式。</translation>
    </message>
    <message>
        <source>%1 of %2 records have &quot;messages&quot; with OpenAI-only features (system role: %3, tool calls or tool role: %4, image_url parts: %5).</source>
        <translation>%2 条记录中有 %1 条的 &quot;messages&quot; 含有 OpenAI 专有特性（system 角色：%3，工具调用或 tool 角色：%4，image_url 部分：%5）。</translation>
    </message>
    <message>
        <source>%1 of %2 records have a top-level &quot;system&quot; (%3) or Anthropic content blocks such as tool_use, tool_result, thinking or image sources (%4).</source>
        <translation>%2 条记录中有 %1 条含有顶层 &quot;system&quot;（%3）或 tool_use、tool_result、thinking、图像来源等 Anthropic 内容块（%4）。</translation>
    </message>
    <message>
        <source>%1 of %2 records have &quot;conversations&quot; with &quot;from&quot;/&quot;value&quot; turns (%3 with tools).</source>
        <translation>%2 条记录中有 %1 条含有由 &quot;from&quot;/&quot;value&quot; 轮次组成的 &quot;conversations&quot;（其中 %3 条带工具）。</translation>
    </message>
    <message>
        <source>%1 of %2 records have &quot;instruction&quot; and &quot;output&quot; (%3 with history).</source>
        <translation>%2 条记录中有 %1 条含有 &quot;instruction&quot; 和 &quot;output&quot;（其中 %3 条带 history）。</translation>
    </message>
    <message>
        <source>%1 of %2 records have &quot;contents&quot; with parts.</source>
        <translation>%2 条记录中有 %1 条含有带 parts 的 &quot;contents&quot;。</translation>
    </message>
    <message>
        <source>%1 more records have plain user/assistant messages, which fit too.</source>
        <translation>另有 %1 条记录只含普通的 user/assistant 消息，同样适用。</translation>
    </message>
    <message>
        <source>%1 of the sampled records are not valid JSON.</source>
        <translation>抽样记录中有 %1 条不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>a part is not an object</source>
        <translation>某个部分不是对象</translation>
    </message>
    <message>
        <source>the record has no &quot;contents&quot;</source>
        <translation>该记录没有 &quot;contents&quot;</translation>
    </message>
    <message>
        <source>&quot;contents&quot; is not an array</source>
        <translation>&quot;contents&quot; 不是数组</translation>
    </message>
    <message>
        <source>a contents entry is not an object</source>
        <translation>某个 contents 条目不是对象</translation>
    </message>
    <message>
        <source>a contents role is not &quot;user&quot; or &quot;model&quot;</source>
        <translation>某个 contents 的角色不是 &quot;user&quot; 或 &quot;model&quot;</translation>
    </message>
    <message>
        <source>a contents entry has no &quot;parts&quot; array</source>
        <translation>某个 contents 条目没有 &quot;parts&quot; 数组</translation>
    </message>
    <message>
        <source>the record has no &quot;conversations&quot;</source>
        <translation>该记录没有 &quot;conversations&quot;</translation>
    </message>
    <message>
        <source>&quot;conversations&quot; is not an array</source>
        <translation>&quot;conversations&quot; 不是数组</translation>
    </message>
    <message>
        <source>a turn is not an object</source>
        <translation>某个轮次不是对象</translation>
    </message>
    <message>
        <source>a turn needs string &quot;from&quot; and &quot;value&quot;</source>
        <translation>轮次需要字符串 &quot;from&quot; 和 &quot;value&quot;</translation>
    </message>
    <message>
        <source>a function_call value is not a JSON object with a name</source>
        <translation>某个 function_call 的值不是带 name 的 JSON 对象</translation>
    </message>
    <message>
        <source>unknown &quot;from&quot; %1</source>
        <translation>未知的 &quot;from&quot; %1</translation>
    </message>
    <message>
        <source>&quot;tools&quot; is not a JSON array</source>
        <translation>&quot;tools&quot; 不是 JSON 数组</translation>
    </message>
    <message>
        <source>the record has images; ShareGPT holds only file paths</source>
        <translation>该记录含有图像；ShareGPT 只能保存文件路径</translation>
    </message>
    <message>
        <source>consecutive turns of the same role; ShareGPT requires alternation</source>
        <translation>同一角色的连续轮次；ShareGPT 要求角色交替</translation>
    </message>
    <message>
        <source>turn order cannot be written as ShareGPT (%1 after %2)</source>
        <translation>该轮次顺序无法写成 ShareGPT 格式（%2 之后是 %1）</translation>
    </message>
    <message>
        <source>The keychain could not provide key &quot;%1&quot; (%2). Use an environment variable, or enter the key for this session only.</source>
        <translation>钥匙串无法提供密钥“%1”（%2）。请改用环境变量，或输入仅用于本次会话的密钥。</translation>
    </message>
    <message>
        <source>The project could not be written because of a disk error; the last change was not saved (%1).</source>
        <translation>由于磁盘错误，无法写入项目；最近的更改未保存（%1）。</translation>
    </message>
    <message>
        <source>The project is open read-only; the change was not saved (%1).</source>
        <translation>项目以只读方式打开；更改未保存（%1）。</translation>
    </message>
    <message>
        <source>The project stayed busy with another write for too long; the change was not saved (%1).</source>
        <translation>项目被另一个写入操作占用过久；更改未保存（%1）。</translation>
    </message>
    <message>
        <source>The project is damaged; the change was not saved (%1).</source>
        <translation>项目已损坏；更改未保存（%1）。</translation>
    </message>
    <message>
        <source>Connected: model %1 answered in %2 ms.</source>
        <translation>连接成功：模型 %1 在 %2 毫秒内作出应答。</translation>
    </message>
    <message>
        <source>The connection test was cancelled.</source>
        <translation>连接测试已取消。</translation>
    </message>
    <message>
        <source>Model %1 started to answer but the reply broke off: %2</source>
        <translation>模型 %1 已开始应答，但回复中断了：%2</translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1): %2</source>
        <translation>服务商拒绝了该密钥（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The provider does not know this URL or model (HTTP 404): %1</source>
        <translation>服务商无法识别此 URL 或模型（HTTP 404）：%1</translation>
    </message>
    <message numerus="yes">
        <source>The connection test failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>连接测试在尝试 %n 次后失败：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The response from %1 is larger than %2 MB.</source>
        <translation>来自 %1 的响应大于 %2 MB。</translation>
    </message>
    <message>
        <source>The stream from %1 sent an event larger than %2 MB.</source>
        <translation>来自 %1 的流发送了大于 %2 MB 的事件。</translation>
    </message>
    <message>
        <source>The response from %1 broke off: %2</source>
        <translation>来自 %1 的响应中断了：%2</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>无效的 UTF-8</translation>
    </message>
    <message>
        <source>empty JSON text</source>
        <translation>JSON 文本为空</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>意外的字符</translation>
    </message>
    <message>
        <source>raw control character inside a string</source>
        <translation>字符串中含有未转义的控制字符</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中含有无效的转义序列</translation>
    </message>
    <message>
        <source>number not allowed by the JSON grammar</source>
        <translation>JSON 语法不允许的数字</translation>
    </message>
    <message>
        <source>invalid literal (expected true, false or null)</source>
        <translation>无效的字面量（应为 true、false 或 null）</translation>
    </message>
    <message>
        <source>trailing comma</source>
        <translation>多余的尾随逗号</translation>
    </message>
    <message>
        <source>missing colon after an object key</source>
        <translation>对象键后缺少冒号</translation>
    </message>
    <message>
        <source>missing comma or closing bracket</source>
        <translation>缺少逗号或右括号</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <source>the JSON text ends too early (truncated record)</source>
        <translation>JSON 文本提前结束（记录被截断）</translation>
    </message>
    <message>
        <source>content after the end of the JSON value</source>
        <translation>JSON 值结束后还有内容</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>record larger than 4 GB</source>
        <translation>记录大于 4 GB</translation>
    </message>
    <message>
        <source>A dry run is not recorded in the conversion history.</source>
        <translation>试运行不会记录到转换历史中。</translation>
    </message>
    <message>
        <source>Cannot read the conversion history: %1</source>
        <translation>无法读取转换历史：%1</translation>
    </message>
    <message>
        <source>Restored from version %1</source>
        <translation>从版本 %1 恢复</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>无定论</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; is damaged and was not opened (%2).</source>
        <translation>项目“%1”已损坏，未打开（%2）。</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>Unknown field dropped: its name is a field of the target format at that place</source>
        <translation>未知字段已丢弃：目标格式在该位置已有同名字段</translation>
    </message>
    <message>
        <source>Standard input (-) can only be converted alone, not together with other files.</source>
        <translation>标准输入（-）只能单独转换，不能与其他文件一起转换。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 (one JSON array)</source>
        <translation>%1（单个 JSON 数组）</translation>
    </message>
    <message>
        <source>%1 (JSON Lines)</source>
        <translation>%1（JSON Lines）</translation>
    </message>
    <message>
        <source>No input file to detect.</source>
        <translation>没有可检测的输入文件。</translation>
    </message>
    <message>
        <source>%1 looks like %2, but %3 looks like %4. Files converted together must hold one format: convert them separately, or choose the input format to read them all as one.</source>
        <translation>%1 看起来是 %2，但 %3 看起来是 %4。一起转换的文件必须属于同一种格式：请分别转换，或选择一种输入格式，将它们全部按该格式读取。</translation>
    </message>
</context>
<context>
    <name>Cutover::DetectPage</name>
    <message>
        <source>Detected Format</source>
        <translation>检测到的格式</translation>
    </message>
    <message>
        <source>Cutover looked at the first records. Check the preview; if the guess is wrong, choose the format yourself.</source>
        <translation>Cutover 查看了开头的若干条记录。请检查预览；如果判断有误，请自行选择格式。</translation>
    </message>
    <message>
        <source>Record / Role</source>
        <translation>记录 / 角色</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>检测结果：</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>读取为(&amp;R)：</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <source>First records, as parsed:</source>
        <translation>开头几条记录的解析结果：</translation>
    </message>
    <message>
        <source>%1, confidence %2% (%3 of %4 records sampled were valid JSON)</source>
        <translation>%1，置信度 %2%（抽样的 %4 条记录中有 %3 条是有效的 JSON）</translation>
    </message>
    <message>
        <source>Not detected: %1</source>
        <translation>未能检测：%1</translation>
    </message>
    <message>
        <source>Overridden: the file is read as %1, not as detected.</source>
        <translation>已手动指定：文件将按 %1 读取，而不是检测结果。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Would be rejected: %1</source>
        <translation>将被拒收：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n message</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n messages</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool definition</source>
        <translation>
            <numerusform>%n 个工具定义</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tool definitions</source>
        <translation>
            <numerusform>%n 个工具定义</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Detected as</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>The files hold different formats.</source>
        <translation>这些文件属于不同的格式。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Overridden: every file is read as %1, not as detected.</source>
        <translation>已手动指定：每个文件都按 %1 读取，而不是检测结果。</translation>
    </message>
    <message>
        <source>First records of %1, as parsed:</source>
        <translation>%1 开头几条记录的解析结果：</translation>
    </message>
</context>
<context>
    <name>Cutover::DisagreementsModel</name>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>%1 (repeat %2)</source>
        <translation>%1（第 %2 次重复）</translation>
    </message>
    <message>
        <source>Similarity of the answers: %1</source>
        <translation>回答的相似度：%1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
</context>
<context>
    <name>Cutover::DocumentController</name>
    <message>
        <source>Cutover projects (*.cutover)</source>
        <translation>Cutover 项目 (*.cutover)</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>migration.cutover</source>
        <translation>迁移.cutover</translation>
    </message>
    <message>
        <source>Could not replace %1. Check that it is not read-only or in use.</source>
        <translation>无法替换 %1。请检查它是否为只读或正在使用。</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 does not exist. It may have been moved or deleted.</source>
        <translation>%1 不存在。它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>Open Demo Project</source>
        <translation>打开演示项目</translation>
    </message>
    <message>
        <source>This installation has no demo project.</source>
        <translation>此安装中没有演示项目。</translation>
    </message>
    <message>
        <source>Could not copy the demo project to %1.</source>
        <translation>无法将演示项目复制到 %1。</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Export Plan Report</source>
        <translation>导出计划报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1 plan.pdf</source>
        <translation>%1 计划.pdf</translation>
    </message>
    <message>
        <source>Plan report written to %1</source>
        <translation>计划报告已写入 %1</translation>
    </message>
    <message>
        <source>The plan report was written to %1.</source>
        <translation>计划报告已写入 %1。</translation>
    </message>
    <message>
        <source>&amp;Open Report</source>
        <translation>打开报告(&amp;O)</translation>
    </message>
    <message>
        <source>Export Plan as JSON</source>
        <translation>将计划导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 plan.json</source>
        <translation>%1 计划.json</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Plan exported to %1</source>
        <translation>计划已导出到 %1</translation>
    </message>
    <message>
        <source>Import Plan from JSON</source>
        <translation>从 JSON 导入计划</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Replace the whole plan with the one in %1? You can undo this.</source>
        <translation>用 %1 中的计划替换整个计划吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>导入计划</translation>
    </message>
    <message>
        <source>Plan imported from %1</source>
        <translation>已从 %1 导入计划</translation>
    </message>
    <message>
        <source>Close Project</source>
        <translation>关闭项目</translation>
    </message>
    <message>
        <source>The last changes could not be saved: %1</source>
        <translation>最近的更改无法保存：%1</translation>
    </message>
    <message>
        <source>&amp;Discard Changes and Close</source>
        <translation>放弃更改并关闭(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>保持打开(&amp;K)</translation>
    </message>
    <message>
        <source>The project was upgraded to this version&apos;s format; the original was kept as %1</source>
        <translation>项目已升级到此版本的格式；原文件已保留为 %1</translation>
    </message>
</context>
<context>
    <name>Cutover::DryRunPage</name>
    <message>
        <source>Dry Run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>The first %1 records converted with these options. Nothing is written. Go back to change the options if the losses are not acceptable.</source>
        <translation>用这些选项转换的前 %1 条记录。不会写入任何内容。如果损失不可接受，请返回修改选项。</translation>
    </message>
    <message>
        <source>Converting a sample…</source>
        <translation>正在转换样本…</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message>
        <source>The whole file was converted as a sample.</source>
        <translation>整个文件都已作为样本转换。</translation>
    </message>
    <message>
        <source>A sample of the file was converted.</source>
        <translation>已转换文件的一个样本。</translation>
    </message>
</context>
<context>
    <name>Cutover::EndpointForm</name>
    <message>
        <source>server default</source>
        <translation>服务器默认值</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>same as input</source>
        <translation>与输入相同</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Set Key…</source>
        <translation>设置密钥…</translation>
    </message>
    <message>
        <source>Save Key</source>
        <translation>保存密钥</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>OpenAI Chat Completions</source>
        <translation>OpenAI Chat Completions</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Keychain (or this session)</source>
        <translation>钥匙串（或仅本次会话）</translation>
    </message>
    <message>
        <source>OpenAI-compatible: the base includes /v1 and requests go to {base}/chat/completions. Anthropic: the base excludes /v1 and requests go to {base}/v1/messages.</source>
        <translation>OpenAI 兼容：基础 URL 包含 /v1，请求发往 {base}/chat/completions。Anthropic：基础 URL 不含 /v1，请求发往 {base}/v1/messages。</translation>
    </message>
    <message>
        <source>Stop sequences, separated by &quot; | &quot;.</source>
        <translation>停止序列，以“ | ”分隔。</translation>
    </message>
    <message>
        <source>The environment variable&apos;s name, or the keychain entry&apos;s name. The key itself is never stored in the project.</source>
        <translation>环境变量的名称，或钥匙串条目的名称。密钥本身绝不会保存在项目中。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>协议(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>API Key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>&amp;Kept in:</source>
        <translation>保存位置(&amp;K)：</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>粘贴密钥</translation>
    </message>
    <message>
        <source>Default Parameters</source>
        <translation>默认参数</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>温度(&amp;T)：</translation>
    </message>
    <message>
        <source>To&amp;p P:</source>
        <translation>Top P(&amp;P)：</translation>
    </message>
    <message>
        <source>Ma&amp;x output tokens:</source>
        <translation>最大输出 Token 数(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Stop sequences:</source>
        <translation>停止序列(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>Prices per Million Tokens</source>
        <translation>每百万 Token 价格</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>输入(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Cached input:</source>
        <translation>缓存输入(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>输出(&amp;O)：</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Concurrent requests:</source>
        <translation>并发请求数：</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>每分钟请求数：</translation>
    </message>
    <message>
        <source>Connect timeout:</source>
        <translation>连接超时：</translation>
    </message>
    <message>
        <source>Request timeout:</source>
        <translation>请求超时：</translation>
    </message>
    <message>
        <source>Idle timeout:</source>
        <translation>空闲超时：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Top P</source>
        <translation>Top P</translation>
    </message>
    <message>
        <source>Max output tokens</source>
        <translation>最大输出 Token 数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <source>Cached input price</source>
        <translation>缓存输入价格</translation>
    </message>
    <message>
        <source>Output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <source>Key name: &quot;%1&quot; may only hold letters, digits and _ - . / @.</source>
        <translation>密钥名称：“%1”只能包含字母、数字以及 _ - . / @。</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
</context>
<context>
    <name>Cutover::EndpointsModel</name>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Anthropic Messages</source>
        <translation>Anthropic Messages</translation>
    </message>
    <message>
        <source>OpenAI Chat Completions</source>
        <translation>OpenAI Chat Completions</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
</context>
<context>
    <name>Cutover::EndpointsPane</name>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Baseline</source>
        <translation>标记为基线(&amp;B)</translation>
    </message>
    <message>
        <source>Mark as &amp;Candidate</source>
        <translation>标记为候选(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an endpoint from a preset</source>
        <translation>从预设添加端点</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Connection Test</source>
        <translation>连接测试</translation>
    </message>
    <message>
        <source>Send a tiny request to the stored endpoint and show whether it answers.</source>
        <translation>向已保存的端点发送一个很小的请求，显示它是否应答。</translation>
    </message>
    <message>
        <source>No endpoints yet. Use Add to start from a preset: OpenAI, Anthropic, Qwen, DeepSeek, or a local server such as Ollama.</source>
        <translation>还没有端点。使用“添加”从预设开始：OpenAI、Anthropic、Qwen、DeepSeek，或 Ollama 等本地服务器。</translation>
    </message>
    <message>
        <source>This project is read-only: endpoints cannot be changed. %1</source>
        <translation>此项目为只读：无法更改端点。%1</translation>
    </message>
    <message>
        <source>The project has no endpoint named &quot;%1&quot;.</source>
        <translation>项目中没有名为“%1”的端点。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>a unique endpoint name: &quot;OpenAI 2&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Add Endpoint &quot;%1&quot;</source>
        <translation>添加端点“%1”</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>name of a duplicated endpoint</extracomment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate Endpoint &quot;%1&quot;</source>
        <translation>复制端点“%1”</translation>
    </message>
    <message>
        <source>Delete Endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <source>Delete endpoint &quot;%1&quot; from the project?</source>
        <translation>要从项目中删除端点“%1”吗？</translation>
    </message>
    <message>
        <source>You can undo this. A key in the keychain is kept.</source>
        <translation>此操作可以撤销。钥匙串中的密钥会保留。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete Endpoint &quot;%1&quot;</source>
        <translation>删除端点“%1”</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as Baseline</source>
        <translation>将“%1”标记为基线</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; as Candidate</source>
        <translation>将“%1”标记为候选</translation>
    </message>
    <message>
        <source>Clear the Role of &quot;%1&quot;</source>
        <translation>清除“%1”的角色</translation>
    </message>
    <message>
        <source>Another endpoint is already named &quot;%1&quot;.</source>
        <translation>已有另一个端点名为“%1”。</translation>
    </message>
    <message>
        <source>Edit Endpoint &quot;%1&quot;</source>
        <translation>编辑端点“%1”</translation>
    </message>
    <message>
        <source>Storing the key…</source>
        <translation>正在保存密钥…</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain as &quot;%1&quot;.</source>
        <translation>密钥已以“%1”为名保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain could take the key, so it is kept in memory for this session only: enter it again after restarting Cutover, or use an environment variable. (%1)</source>
        <translation>没有可用的系统钥匙串来保存密钥，因此密钥仅在本次会话中保存在内存里：重新启动 Cutover 后需再次输入，或改用环境变量。（%1）</translation>
    </message>
    <message>
        <source>Testing %1 at %2…</source>
        <translation>正在测试 %2 上的模型 %1…</translation>
    </message>
</context>
<context>
    <name>Cutover::FakeLlm</name>
    <message>
        <source>Local fake LLM server speaking OpenAI chat completions and Anthropic messages.</source>
        <translation>本地模拟大模型服务器，支持 OpenAI Chat Completions 与 Anthropic Messages 协议。</translation>
    </message>
    <message>
        <source>TCP port (0: any free port).</source>
        <translation>TCP 端口（0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>Fixed reply text instead of an echo.</source>
        <translation>固定回复文本（不回显请求）。</translation>
    </message>
    <message>
        <source>Delay before each response.</source>
        <translation>每次响应前的延迟。</translation>
    </message>
    <message>
        <source>Delay between streamed tokens.</source>
        <translation>流式输出各 Token 之间的延迟。</translation>
    </message>
</context>
<context>
    <name>Cutover::FigureFormat</name>
    <message>
        <source>%1%2 [%3, %4]</source>
        <extracomment>value, unit, [low, high]</extracomment>
        <translation>%1%2 [%3, %4]</translation>
    </message>
    <message>
        <source>%1%2 (not enough data, n = %3)</source>
        <translation>%1%2（数据不足，n = %3）</translation>
    </message>
    <message>
        <source>not enough data (n = %1)</source>
        <translation>数据不足（n = %1）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 · n = %2</source>
        <translation>%1 · n = %2</translation>
    </message>
    <message>
        <source>p = %1 (%2, n = %3)</source>
        <translation>p = %1（%2，n = %3）</translation>
    </message>
    <message>
        <source>%1: not enough data (n = %2)</source>
        <translation>%1：数据不足（n = %2）</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：无数据</translation>
    </message>
</context>
<context>
    <name>Cutover::GanttChart</name>
    <message>
        <source>Timeline chart</source>
        <translation>时间线图</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>No phases yet. Add one in the table above.</source>
        <translation>还没有阶段。请在上方表格中添加。</translation>
    </message>
    <message>
        <source>Give the phases start dates to see them on the timeline.</source>
        <translation>为阶段设置开始日期后，即可在时间线上看到它们。</translation>
    </message>
    <message>
        <source>No start date</source>
        <translation>无开始日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>前置阶段：%1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <extracomment>Duration on a Gantt bar, &quot;d&quot; for days</extracomment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 – %2, days: %3</source>
        <translation>%1 – %2，共 %3 天</translation>
    </message>
</context>
<context>
    <name>Cutover::HintsPage</name>
    <message>
        <source>Double-click or press Enter to go to the item</source>
        <translation>双击或按 Enter 键转到该项</translation>
    </message>
    <message>
        <source>No hints: the plan covers everything the checks look for.</source>
        <translation>没有待办提示：计划已涵盖所有检查内容。</translation>
    </message>
    <message>
        <source>Worth a look before the review: %1</source>
        <translation>评审前值得关注的事项：%1</translation>
    </message>
</context>
<context>
    <name>Cutover::IdSetDelegate</name>
    <message>
        <source>Space checks or unchecks, Enter applies, Esc cancels</source>
        <translation>空格键勾选或取消勾选，Enter 键应用，Esc 键取消</translation>
    </message>
</context>
<context>
    <name>Cutover::IntervalChart</name>
    <message>
        <source>Not enough data yet.</source>
        <translation>数据还不够。</translation>
    </message>
    <message>
        <source>No results yet.</source>
        <translation>还没有结果。</translation>
    </message>
    <message>
        <source>%1
(not enough data, n = %2)</source>
        <translation>%1
（数据不足，n = %2）</translation>
    </message>
    <message>
        <source>%1
(no data)</source>
        <translation>%1
（无数据）</translation>
    </message>
    <message>
        <source>%1
(n = %2)</source>
        <translation>%1
（n = %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Cutover::JsonSchema</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>must name at least one type</source>
        <translation>必须至少指定一种类型</translation>
    </message>
    <message>
        <source>must be one of %1, or a list of them</source>
        <translation>必须是 %1 之一，或由它们组成的列表</translation>
    </message>
    <message>
        <source>must be a non-empty array</source>
        <translation>必须是非空数组</translation>
    </message>
    <message>
        <source>must be an array of property names</source>
        <translation>必须是属性名数组</translation>
    </message>
    <message>
        <source>must be an object of schemas</source>
        <translation>必须是由 schema 组成的对象</translation>
    </message>
    <message>
        <source>must be a schema (an object)</source>
        <translation>必须是 schema（一个对象）</translation>
    </message>
    <message>
        <source>must be true or false (schemas are not supported here)</source>
        <translation>必须是 true 或 false（此处不支持 schema）</translation>
    </message>
    <message>
        <source>is a keyword Cutover does not check; supported are type, enum, required, properties, additionalProperties and items</source>
        <translation>是 Cutover 不检查的关键字；支持的关键字有 type、enum、required、properties、additionalProperties 和 items</translation>
    </message>
    <message>
        <source>is %1, expected %2</source>
        <translation>为 %1，应为 %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>is %1, expected one of %2</source>
        <translation>为 %1，应为 %2 之一</translation>
    </message>
    <message>
        <source>lacks the required property &quot;%1&quot;</source>
        <translation>缺少必需属性“%1”</translation>
    </message>
    <message>
        <source>is not allowed (additionalProperties is false)</source>
        <translation>不允许出现（additionalProperties 为 false）</translation>
    </message>
</context>
<context>
    <name>Cutover::LatencyHistogramChart</name>
    <message>
        <source>Latency distribution</source>
        <translation>延迟分布</translation>
    </message>
    <message>
        <source>No latencies yet.</source>
        <translation>还没有延迟数据。</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>延迟（秒）</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
    <message>
        <source>%1 (n = %2; %3 slower than %4 s in the last bin)</source>
        <extracomment>variant, results, results slower than the histogram&apos;s end, that latency</extracomment>
        <translation>%1（n = %2；其中 %3 个慢于 %4 秒，计入最后一组）</translation>
    </message>
</context>
<context>
    <name>Cutover::LatencyTimelineChart</name>
    <message>
        <source>Latency over time</source>
        <translation>延迟随时间的变化</translation>
    </message>
    <message>
        <source>No results yet. Latencies appear here while a run stores them.</source>
        <translation>还没有结果。运行保存结果时，延迟会显示在这里。</translation>
    </message>
    <message>
        <source>Seconds since the first result</source>
        <translation>距第一个结果的秒数</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>延迟（秒）</translation>
    </message>
</context>
<context>
    <name>Cutover::MainWindow</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Plan Report…</source>
        <translation>导出计划报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Plan as &amp;JSON…</source>
        <translation>将计划导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>&amp;Import Plan from JSON…</source>
        <translation>从 JSON 导入计划(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>系统默认(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Cutover</source>
        <translation>关于 Cutover(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Cutover</source>
        <translation>Cutover</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [只读]</translation>
    </message>
    <message>
        <source>%1%2 — Cutover</source>
        <extracomment>Window title: file name, read-only marker, application name</extracomment>
        <translation>%1%2 — Cutover</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Cutover will speak %1 after a restart. Restart now?</source>
        <translation>重新启动后，Cutover 将使用 %1。现在重新启动吗？</translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍后(&amp;L)</translation>
    </message>
    <message>
        <source>About Cutover</source>
        <translation>关于 Cutover</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cutover %1&lt;/h3&gt;&lt;p&gt;A workbench for migrating an LLM-powered application from one model to another: plan, compare, convert data, and shift traffic safely.&lt;/p&gt;&lt;p&gt;Projects are single SQLite files; API keys never enter them.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cutover %1&lt;/h3&gt;&lt;p&gt;用于将 LLM 驱动的应用从一个模型迁移到另一个模型的工作台：制定计划、对比模型、转换数据，并安全地切换流量。&lt;/p&gt;&lt;p&gt;每个项目都是单个 SQLite 文件；API 密钥绝不会存入其中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Con&amp;vert Data…</source>
        <translation>转换数据(&amp;V)…</translation>
    </message>
    <message>
        <source>Plan &amp;Section</source>
        <translation>计划部分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>转到(&amp;G)</translation>
    </message>
</context>
<context>
    <name>Cutover::MessageListModel</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <extracomment>A message in the list: %1 = number, %2 = role, %3 = its first line</extracomment>
        <translation>%1. %2：%3</translation>
    </message>
</context>
<context>
    <name>Cutover::Metrics</name>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>not enough data (n = %1)</source>
        <translation>数据不足（n = %1）</translation>
    </message>
    <message>
        <source>%1%2 (n = %3, not enough data)</source>
        <translation>%1%2（n = %3，数据不足）</translation>
    </message>
    <message>
        <source>%1%2 [%3, %4]</source>
        <translation>%1%2 [%3, %4]</translation>
    </message>
    <message>
        <source>%1 (not enough data, n = %2)</source>
        <translation>%1（数据不足，n = %2）</translation>
    </message>
    <message>
        <source>%1 wins, %2 ties, %3 losses; sign test %4</source>
        <translation>胜 %1，平 %2，负 %3；符号检验 %4</translation>
    </message>
    <message>
        <source>points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>比较已取消。</translation>
    </message>
    <message>
        <source>Run %1 has no endpoint to compare.</source>
        <translation>运行 %1 没有可比较的端点。</translation>
    </message>
    <message>
        <source>Endpoint “%1” is not part of run %2; it ran %3.</source>
        <translation>端点“%1”不属于运行 %2；该运行使用的是 %3。</translation>
    </message>
    <message>
        <source>pass/fail differs</source>
        <translation>通过情况不同</translation>
    </message>
    <message>
        <source>only one answered</source>
        <translation>只有一方回答</translation>
    </message>
    <message>
        <source>rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>texts differ</source>
        <translation>文本不同</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The project has no run to compare: run the cases against two endpoints first (or two runs of one endpoint each).</source>
        <translation>项目中没有可比较的运行：请先在两个端点上运行测试用例（或各用一个端点运行两次）。</translation>
    </message>
    <message>
        <source>Give at most two runs to compare, not %1.</source>
        <translation>最多只能指定两个运行进行比较，而不是 %1 个。</translation>
    </message>
    <message>
        <source>Baseline and candidate are both “%1” of run %2: choose two different endpoints or two runs.</source>
        <translation>基线和候选都是运行 %2 的“%1”：请选择两个不同的端点或两个运行。</translation>
    </message>
    <message>
        <source>The objective has no measurable target.</source>
        <translation>该目标没有可衡量的指标。</translation>
    </message>
    <message>
        <source>A change in points applies to rates; give the target for %1 as an absolute value or a percent change.</source>
        <translation>百分点变化只适用于比率；请将 %1 的指标设为绝对值或百分比变化。</translation>
    </message>
    <message>
        <source>“%1” is a custom metric that Cutover does not measure; judge it by hand.</source>
        <translation>“%1”是 Cutover 不测量的自定义度量；请人工判定。</translation>
    </message>
    <message>
        <source>This kind of target cannot be measured.</source>
        <translation>这类指标无法测量。</translation>
    </message>
</context>
<context>
    <name>Cutover::MetricsChartView</name>
    <message>
        <source>Export as &amp;PNG…</source>
        <translation>导出为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;SVG…</source>
        <translation>导出为 SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Could not write the image %1. Check that the folder exists and that you may write there.</source>
        <translation>无法写入图像 %1。请检查文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Chart exported from Cutover</source>
        <translation>从 Cutover 导出的图表</translation>
    </message>
    <message>
        <source>Could not write the drawing %1. Check that the folder exists and that you may write there.</source>
        <translation>无法写入矢量图 %1。请检查文件夹是否存在，以及你是否有写入权限。</translation>
    </message>
    <message>
        <source>Could not write the drawing %1.</source>
        <translation>无法写入矢量图 %1。</translation>
    </message>
    <message>
        <source>Export Chart as SVG</source>
        <translation>将图表导出为 SVG</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Cutover::MetricsPane</name>
    <message>
        <source>&amp;Copy Summary</source>
        <translation>复制摘要(&amp;C)</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>通过率（%）</translation>
    </message>
    <message>
        <source>Cost per 1,000 requests</source>
        <translation>每千次请求成本</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>The run whose results are the baseline</source>
        <translation>作为基线结果的运行</translation>
    </message>
    <message>
        <source>The run whose results are the candidate</source>
        <translation>作为候选结果的运行</translation>
    </message>
    <message>
        <source>&amp;Latest Run</source>
        <translation>最新运行(&amp;L)</translation>
    </message>
    <message>
        <source>Compare the latest run&apos;s first two endpoints, and follow new runs</source>
        <translation>比较最新运行的前两个端点，并跟随新的运行</translation>
    </message>
    <message>
        <source>Copy the summary table to the clipboard, tab-separated</source>
        <translation>将摘要表复制到剪贴板（以制表符分隔）</translation>
    </message>
    <message>
        <source>&amp;Export Charts…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Save every chart as PNG and SVG into a folder (right-click a chart to export only that one)</source>
        <translation>将所有图表以 PNG 和 SVG 格式保存到一个文件夹（右键单击某个图表可只导出该图表）</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>基线(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;andidate:</source>
        <translation>候选(&amp;A)：</translation>
    </message>
    <message>
        <source>Copy Summary</source>
        <translation>复制摘要</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Plan Objectives</source>
        <translation>计划目标</translation>
    </message>
    <message>
        <source>Top Disagreements</source>
        <translation>主要分歧</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Refresh Metrics</source>
        <translation>刷新度量</translation>
    </message>
    <message>
        <source>Export Charts To</source>
        <translation>将图表导出到</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个文件写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Computing… %1 of %2 results read</source>
        <translation>正在计算… 已读取 %1/%2 个结果</translation>
    </message>
    <message>
        <source>Choose two different endpoints (or runs) to compare.</source>
        <translation>请选择两个不同的端点（或运行）进行比较。</translation>
    </message>
    <message>
        <source>#%1 %2 v%3</source>
        <extracomment>run number, prompt name and version</extracomment>
        <translation>#%1 %2 v%3</translation>
    </message>
    <message>
        <source>%1
Started %2</source>
        <extracomment>endpoints of the run, when it was created</extracomment>
        <translation>%1
开始于 %2</translation>
    </message>
    <message>
        <source>No run yet: run a prompt on two endpoints in Runs. The figures, charts and the plan&apos;s verdicts appear here as the results come in.</source>
        <translation>还没有运行：请在“运行”中用两个端点运行一个提示词。结果到达后，各项数据、图表和计划目标的判定会显示在这里。</translation>
    </message>
    <message>
        <source>Could not compute the figures.</source>
        <translation>无法计算各项数据。</translation>
    </message>
    <message>
        <source>Could not compute the figures: %1
Choose another comparison above, or check the runs in Runs.</source>
        <translation>无法计算各项数据：%1
请在上方选择其他比较，或在“运行”中检查各次运行。</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <extracomment>endpoint name and run number</extracomment>
        <translation>%1（运行 %2）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>断言</translation>
    </message>
    <message>
        <source>%1 against %2 · %3 and %4 results · updated %5</source>
        <translation>%1 对比 %2 · %3 和 %4 个结果 · 更新于 %5</translation>
    </message>
    <message>
        <source>Summary copied to the clipboard.</source>
        <translation>摘要已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>Cutover::NewRunDialog</name>
    <message>
        <source>Send every request, even when the response &amp;cache holds the answer</source>
        <translation>发送每一个请求，即使响应缓存中已有回答(&amp;C)</translation>
    </message>
    <message>
        <source>New Run</source>
        <translation>新建运行</translation>
    </message>
    <message>
        <source>Answers per case and endpoint, to see how much they vary.</source>
        <translation>每个用例和端点的回答次数，用于观察回答的波动程度。</translation>
    </message>
    <message>
        <source>the endpoint&apos;s limit</source>
        <translation>端点的限额</translation>
    </message>
    <message>
        <source>Requests in flight per endpoint.</source>
        <translation>每个端点同时进行的请求数。</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> (baseline)</source>
        <translation>（基线）</translation>
    </message>
    <message>
        <source> (candidate)</source>
        <translation>（候选）</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>The first checked endpoint is the baseline; drag to reorder.</source>
        <translation>勾选的第一个端点为基线；拖动可调整顺序。</translation>
    </message>
    <message>
        <source>&amp;Endpoints:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>重复次数(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;oncurrency:</source>
        <translation>并发数(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Start Run</source>
        <translation>开始运行(&amp;S)</translation>
    </message>
    <message>
        <source>latest (v%1)</source>
        <translation>最新（v%1）</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The project has no prompt yet: add one in the Prompts pane first.</source>
        <translation>项目中还没有提示词：请先在“提示词”面板中添加一个。</translation>
    </message>
    <message>
        <source>Check at least one endpoint (the first one checked is the baseline).</source>
        <translation>请至少勾选一个端点（勾选的第一个为基线）。</translation>
    </message>
</context>
<context>
    <name>Cutover::ObjectiveVerdictSource</name>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 against %2 (run %3)</source>
        <extracomment>candidate endpoint, baseline endpoint, run number</extracomment>
        <translation>%1 对比 %2（运行 %3）</translation>
    </message>
    <message>
        <source>%1 (run %2) against %3 (run %4)</source>
        <translation>%1（运行 %2）对比 %3（运行 %4）</translation>
    </message>
    <message>
        <source>No run yet: run a prompt on two endpoints in Runs to judge the objectives.</source>
        <translation>还没有运行：请在“运行”中用两个端点运行一个提示词，以判定各目标。</translation>
    </message>
    <message>
        <source>Could not judge the objectives: %1</source>
        <translation>无法判定目标：%1</translation>
    </message>
</context>
<context>
    <name>Cutover::ObjectivesModel</name>
    <message>
        <source>No target</source>
        <translation>无指标</translation>
    </message>
    <message>
        <source>Edit Objective Title</source>
        <translation>编辑目标标题</translation>
    </message>
    <message>
        <source>Edit Objective Description</source>
        <translation>编辑目标描述</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Add Objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Move Objective</source>
        <translation>移动目标</translation>
    </message>
    <message>
        <source>%1
Edit the target below the table.</source>
        <translation>%1
请在表格下方编辑指标。</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>Remove %1 Objectives</source>
        <translation>删除 %1 个目标</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Give the objective a target to judge it against the runs.</source>
        <translation>请为该目标设定指标，以便根据运行结果进行判定。</translation>
    </message>
    <message>
        <source>%1
Judged on %2.</source>
        <translation>%1
判定依据：%2。</translation>
    </message>
    <message>
        <source>Not judged yet: run a prompt on two endpoints in Runs.</source>
        <translation>尚未判定：请在“运行”中用两个端点运行一个提示词。</translation>
    </message>
    <message>
        <source>Each target judged against the latest run&apos;s first two endpoints: met or not met only when the whole interval says so, otherwise inconclusive. The Metrics pane shows the figures.</source>
        <translation>每个指标都根据最新运行的前两个端点判定：只有整个置信区间都支持时才判为已达成或未达成，否则为无定论。各项数据见“度量”面板。</translation>
    </message>
</context>
<context>
    <name>Cutover::ObjectivesPage</name>
    <message>
        <source>Add Objective</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove Objective</source>
        <translation>删除目标</translation>
    </message>
    <message>
        <source>No objectives yet. Say what the migration must achieve.</source>
        <translation>还没有目标。请说明迁移必须达成什么。</translation>
    </message>
</context>
<context>
    <name>Cutover::OutputPage</name>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Files are written under a temporary name and renamed when the conversion ends, so a cancelled run leaves nothing behind.</source>
        <translation>文件先以临时名称写入，转换结束时再重命名，因此取消运行不会留下任何文件。</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>转换(&amp;C)</translation>
    </message>
    <message>
        <source>Write rejected records, verbatim with file, line, byte and reason, to:</source>
        <translation>将被拒收的记录（原样，附带文件、行号、字节位置和原因）写入：</translation>
    </message>
    <message>
        <source>Write the loss report (JSON) to:</source>
        <translation>将损失报告（JSON）写入：</translation>
    </message>
    <message>
        <source>Converted records &amp;to:</source>
        <translation>转换后的记录写入(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Worker threads:</source>
        <translation>工作线程数(&amp;W)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Will be replaced when the conversion succeeds: %1</source>
        <translation>转换成功后将被替换：%1</translation>
    </message>
    <message>
        <source>%1 is chosen twice; each file needs its own name.</source>
        <translation>%1 被选择了两次；每个文件都需要独立的名称。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>文件夹 %1 不可写。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>%1 is an input file; choose another name.</source>
        <translation>%1 是输入文件；请选择其他名称。</translation>
    </message>
</context>
<context>
    <name>Cutover::OverviewPage</name>
    <message>
        <source>e.g. Support bot: GPT-4o to Claude Sonnet</source>
        <translation>例如：客服机器人从 GPT-4o 迁移到 Claude Sonnet</translation>
    </message>
    <message>
        <source>Model in production today</source>
        <translation>当前生产环境中的模型</translation>
    </message>
    <message>
        <source>Model to adopt</source>
        <translation>要采用的模型</translation>
    </message>
    <message>
        <source>Who drives the migration</source>
        <translation>由谁推动迁移</translation>
    </message>
    <message>
        <source>Context, decisions, open questions…</source>
        <translation>背景、决策、待解决的问题…</translation>
    </message>
    <message>
        <source>Edit Plan Title</source>
        <translation>编辑计划标题</translation>
    </message>
    <message>
        <source>Edit Current Model</source>
        <translation>编辑当前模型</translation>
    </message>
    <message>
        <source>Edit Target Model</source>
        <translation>编辑目标模型</translation>
    </message>
    <message>
        <source>Edit Plan Owner</source>
        <translation>编辑计划负责人</translation>
    </message>
    <message>
        <source>Edit Notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>Cutover::PaneHost</name>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
</context>
<context>
    <name>Cutover::PhasesModel</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Rename Phase</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <source>Change Phase Start</source>
        <translation>更改阶段开始日期</translation>
    </message>
    <message>
        <source>Change Phase Duration</source>
        <translation>更改阶段工期</translation>
    </message>
    <message>
        <source>Change Phase Status</source>
        <translation>更改阶段状态</translation>
    </message>
    <message>
        <source>Change Phase Dependencies</source>
        <translation>更改阶段依赖</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>Add Phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Move Phase</source>
        <translation>移动阶段</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>Remove %1 Phases</source>
        <translation>删除 %1 个阶段</translation>
    </message>
</context>
<context>
    <name>Cutover::Plan</name>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>首 Token 时间 p95</translation>
    </message>
    <message>
        <source>Cost per 1k requests</source>
        <translation>每千次请求成本</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Output tokens per request</source>
        <translation>每次请求的输出 Token 数</translation>
    </message>
    <message>
        <source>Custom metric</source>
        <translation>自定义度量</translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation>绝对值</translation>
    </message>
    <message>
        <source>Change vs. baseline (%)</source>
        <translation>相对基线的变化（%）</translation>
    </message>
    <message>
        <source>Change vs. baseline (points)</source>
        <translation>相对基线的变化（百分点）</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>不在范围内</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>%1 %2 %3%4</source>
        <translation>%1 %2 %3%4</translation>
    </message>
    <message>
        <source>%1 %2 baseline %3 %</source>
        <extracomment>e.g. &quot;Cost per 1k requests ≤ baseline −30 %&quot;</extracomment>
        <translation>%1 %2 基线 %3%</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>%1 %2 baseline %3 point</source>
        <extracomment>e.g. &quot;Pass rate ≥ baseline −1 point&quot;</extracomment>
        <translation>%1 %2 基线 %3 个百分点</translation>
    </message>
    <message>
        <source>%1 %2 baseline %3 points</source>
        <extracomment>e.g. &quot;Pass rate ≥ baseline −1.5 points&quot;</extracomment>
        <translation>%1 %2 基线 %3 个百分点</translation>
    </message>
</context>
<context>
    <name>Cutover::PlanItemTable</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip of a button: action name and its keyboard shortcut(s)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>Cutover::PlanJson</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>必须是正整数</translation>
    </message>
    <message>
        <source>must be a date written as YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>含有未知值“%1”</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>This is not a Cutover plan (format &quot;%1&quot;).</source>
        <translation>这不是 Cutover 计划（格式为“%1”）。</translation>
    </message>
    <message>
        <source>The plan was written by a newer Cutover (format version %1; this version reads up to %2).</source>
        <translation>该计划由更新版本的 Cutover 写入（格式版本 %1；此版本最高可读取 %2）。</translation>
    </message>
    <message>
        <source>must list phase ids (positive whole numbers)</source>
        <translation>必须列出阶段 ID（正整数）</translation>
    </message>
    <message>
        <source>phases[%1].depends_on names %2, which is not another phase of this plan</source>
        <translation>phases[%1].depends_on 指定了 %2，但它不是此计划中的其他阶段</translation>
    </message>
    <message>
        <source>Item ids must be unique across the plan.</source>
        <translation>各项的 ID 在整个计划中必须唯一。</translation>
    </message>
    <message>
        <source>The plan must be a JSON object.</source>
        <translation>计划必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Cutover::PlanPane</name>
    <message>
        <source>What is being migrated, from which model to which, and who owns it.</source>
        <translation>迁移的是什么、从哪个模型迁移到哪个模型，以及由谁负责。</translation>
    </message>
    <message>
        <source>What the migration must achieve, each with a measurable target.</source>
        <translation>迁移必须达成的目标，每个目标都带有可衡量的指标。</translation>
    </message>
    <message>
        <source>The components and the data the migration touches.</source>
        <translation>迁移涉及的组件和数据。</translation>
    </message>
    <message>
        <source>Phases with dates and dependencies. Click a bar to select its phase.</source>
        <translation>带日期和依赖关系的阶段。单击条形可选中对应阶段。</translation>
    </message>
    <message>
        <source>What could go wrong, how likely and how bad it is, and what you will do.</source>
        <translation>可能出什么问题、可能性多大、影响多严重，以及你将如何应对。</translation>
    </message>
    <message>
        <source>When to go back to the old model, and how.</source>
        <translation>何时以及如何回退到旧模型。</translation>
    </message>
    <message>
        <source>Gaps in the plan worth a look. They never block editing.</source>
        <translation>计划中值得关注的缺口。它们不会阻止编辑。</translation>
    </message>
    <message>
        <source>This plan is read-only. You can read and export it, but not change it.</source>
        <translation>此计划为只读。你可以查看和导出，但不能修改。</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>计划各部分</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>上一部分</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>下一部分</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>回滚</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>待办提示</translation>
    </message>
    <message>
        <source>Hints (%1)</source>
        <extracomment>Section list entry with the number of hints, e.g. &quot;Hints (3)&quot;</extracomment>
        <translation>待办提示 (%1)</translation>
    </message>
</context>
<context>
    <name>Cutover::PlanValidator</name>
    <message>
        <source>The plan has no objectives yet: say what the migration must achieve.</source>
        <translation>计划还没有目标：请说明迁移必须达成什么。</translation>
    </message>
    <message>
        <source>Objective &quot;%1&quot; has no measurable target.</source>
        <translation>目标“%1”没有可衡量的指标。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>(undescribed)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Risk &quot;%1&quot; has no mitigation.</source>
        <translation>风险“%1”没有缓解措施。</translation>
    </message>
    <message>
        <source>Critical risk &quot;%1&quot; has no owner.</source>
        <translation>严重风险“%1”没有负责人。</translation>
    </message>
    <message>
        <source>The rollback plan has no trigger: say which condition sends traffic back to the old model.</source>
        <translation>回滚计划没有触发条件：请说明在什么条件下将流量切回旧模型。</translation>
    </message>
    <message>
        <source>The rollback plan has no steps.</source>
        <translation>回滚计划没有步骤。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot; has no start date.</source>
        <translation>阶段“%1”没有开始日期。</translation>
    </message>
    <message>
        <source>Phase &quot;%1&quot; starts before &quot;%2&quot;, which it depends on, has ended.</source>
        <translation>阶段“%1”在其依赖的“%2”结束之前就开始了。</translation>
    </message>
    <message>
        <source>Phases &quot;%1&quot; and &quot;%2&quot; overlap.</source>
        <translation>阶段“%1”与“%2”时间重叠。</translation>
    </message>
</context>
<context>
    <name>Cutover::ProjectPanes</name>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Test Cases</source>
        <translation>测试用例</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Run in Progress</source>
        <translation>运行仍在进行</translation>
    </message>
    <message>
        <source>A batch run is still going. Closing the project stops it; the results stored so far stay, and you can resume the run later from the Runs pane.</source>
        <translation>批量运行仍在进行。关闭项目会停止运行；已保存的结果会保留，之后可以在“运行”面板中继续这次运行。</translation>
    </message>
    <message>
        <source>&amp;Stop Run and Close</source>
        <translation>停止运行并关闭(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptCasePicker</name>
    <message>
        <source>Case %1: %2</source>
        <translation>用例 %1：%2</translation>
    </message>
    <message>
        <source>Search cases by id or text</source>
        <translation>按 ID 或文本搜索用例</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>提示词(&amp;P)：</translation>
    </message>
    <message>
        <source>Ve&amp;rsion:</source>
        <translation>版本(&amp;R)：</translation>
    </message>
    <message>
        <source>Ca&amp;se:</source>
        <translation>用例(&amp;S)：</translation>
    </message>
    <message>
        <source>The prompts could not be read: %1</source>
        <translation>无法读取提示词：%1</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>v%1 · %2</source>
        <translation>v%1 · %2</translation>
    </message>
    <message>
        <source>%1 of %2 matching cases listed; search to narrow them down</source>
        <translation>已列出 %2 个匹配用例中的 %1 个；可搜索以缩小范围</translation>
    </message>
    <message>
        <source>The test cases could not be read: %1</source>
        <translation>无法读取测试用例：%1</translation>
    </message>
    <message>
        <source>Choose a prompt and a test case first.</source>
        <translation>请先选择提示词和测试用例。</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no version %2.</source>
        <translation>提示词“%1”没有版本 %2。</translation>
    </message>
    <message>
        <source>%1 v%2 · case %3</source>
        <translation>%1 v%2 · 用例 %3</translation>
    </message>
    <message>
        <source>The project has no prompts yet. Add one in the Prompts pane.</source>
        <translation>项目中还没有提示词。请在“提示词”面板中添加。</translation>
    </message>
    <message>
        <source>The project has no test cases yet. Add or import them in the Cases pane.</source>
        <translation>项目中还没有测试用例。请在“测试用例”面板中添加或导入。</translation>
    </message>
    <message>
        <source>No case matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的用例。</translation>
    </message>
    <message>
        <source>Endpoints with their own wording: %1</source>
        <translation>有专用措辞的端点：%1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>参考答案：%1</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptDiffView</name>
    <message>
        <source>Older version</source>
        <translation>较旧版本</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>并排视图</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>合并视图</translation>
    </message>
    <message>
        <source>Diff layout</source>
        <translation>差异布局</translation>
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation>%1 与 %2 相同。</translation>
    </message>
    <message>
        <source>From %1 to %2: lines removed: %3, added: %4.</source>
        <extracomment>%1, %2 = versions (&quot;v1&quot;); %3, %4 = counts of lines</extracomment>
        <translation>从 %1 到 %2：删除 %3 行，新增 %4 行。</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptDraft</name>
    <message>
        <source>Edit message %1</source>
        <translation>编辑消息 %1</translation>
    </message>
    <message>
        <source>Change the role of message %1</source>
        <translation>更改消息 %1 的角色</translation>
    </message>
    <message>
        <source>Add message %1</source>
        <translation>添加消息 %1</translation>
    </message>
    <message>
        <source>Remove message %1</source>
        <translation>删除消息 %1</translation>
    </message>
    <message>
        <source>Move message %1 to position %2</source>
        <translation>将消息 %1 移到位置 %2</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptEditor</name>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Add Message</source>
        <translation>添加消息(&amp;A)</translation>
    </message>
    <message>
        <source>Add a system, user or example assistant message after the current one</source>
        <translation>在当前消息之后添加系统消息、用户消息或助手示例消息</translation>
    </message>
    <message>
        <source>Remove the current message (Delete in the list)</source>
        <translation>删除当前消息（在列表中按 Delete）</translation>
    </message>
    <message>
        <source>Move the current message up (%1)</source>
        <translation>将当前消息上移（%1）</translation>
    </message>
    <message>
        <source>Move the current message down (%1)</source>
        <translation>将当前消息下移（%1）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>消息文本</translation>
    </message>
    <message>
        <source>Write the message. Use {{name}} for a value that changes from case to case.</source>
        <translation>编写消息。用 {{name}} 表示随用例变化的值。</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>No variables: write {{name}} where a case&apos;s value goes.</source>
        <translation>没有变量：在需要填入用例值的位置写 {{name}}。</translation>
    </message>
    <message>
        <source>Variables: %1</source>
        <translation>变量：%1</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptFile</name>
    <message>
        <source>The file must hold a JSON object (a prompt or a prompt library).</source>
        <translation>文件必须包含一个 JSON 对象（单个提示词或提示词库）。</translation>
    </message>
    <message>
        <source>format_version must be a whole number from 1</source>
        <translation>format_version 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>The prompt library was written by a newer Cutover (format version %1; this version reads up to %2).</source>
        <translation>该提示词库由更新版本的 Cutover 写入（格式版本 %1；此版本最高可读取 %2）。</translation>
    </message>
    <message>
        <source>%1 is not a known key</source>
        <translation>%1 不是已知的键</translation>
    </message>
    <message>
        <source>prompts is required</source>
        <translation>prompts 为必填项</translation>
    </message>
    <message>
        <source>prompts must be an array</source>
        <translation>prompts 必须是数组</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 必须是对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 = location in the file (&quot;prompts[2]&quot;), %2 = what is wrong there
----------
%1 = file, %2 = what is wrong in it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1.name: &quot;%2&quot; appears twice in the file</source>
        <translation>%1.name：“%2”在文件中出现了两次</translation>
    </message>
    <message numerus="yes">
        <source>Only a prompt library file can hold %n prompt(s).</source>
        <translation>
            <numerusform>只有提示词库文件才能包含 %n 个提示词。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 MB; a prompt file is at most %3 MB. Is it the right file?</source>
        <translation>“%1”大小为 %2 MB；提示词文件最大为 %3 MB。是否选错了文件？</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptJson</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is not a known key</source>
        <translation>不是已知的键</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must hold at least one message</source>
        <translation>必须至少包含一条消息</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot; (expected system, user or assistant)</source>
        <translation>含有未知值“%1”（应为 system、user 或 assistant）</translation>
    </message>
    <message>
        <source>must hold at least one version</source>
        <translation>必须至少包含一个版本</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>must be greater than the previous version&apos;s number (%1)</source>
        <translation>必须大于上一个版本号（%1）</translation>
    </message>
    <message>
        <source>must be a date and time such as 2026-01-31T12:00:00.000Z</source>
        <translation>必须是日期时间，例如 2026-01-31T12:00:00.000Z</translation>
    </message>
    <message>
        <source>This is not a Cutover prompt (format &quot;%1&quot;).</source>
        <translation>这不是 Cutover 提示词（格式为“%1”）。</translation>
    </message>
    <message>
        <source>format_version must be a whole number from 1</source>
        <translation>format_version 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>The prompt was written by a newer Cutover (format version %1; this version reads up to %2).</source>
        <translation>该提示词由更新版本的 Cutover 写入（格式版本 %1；此版本最高可读取 %2）。</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which already has a variant</source>
        <translation>指定了“%1”，但它已有变体</translation>
    </message>
    <message>
        <source>The prompt must be a JSON object.</source>
        <translation>提示词必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptLabels</name>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant (example)</source>
        <extracomment>A few-shot example answer in a prompt template</extracomment>
        <translation>助手（示例）</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <extracomment>Header line before a message in read-only views; %1 = role</extracomment>
        <translation>— %1 —</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptLibraryView</name>
    <message>
        <source>Filter by name or description</source>
        <translation>按名称或描述筛选</translation>
    </message>
    <message>
        <source>Filter prompts</source>
        <translation>筛选提示词</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>No prompts yet. Create one with New, or import a JSON file.</source>
        <translation>还没有提示词。请用“新建”创建一个，或导入 JSON 文件。</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptListModel</name>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>Endpoints with their own wording: %1</source>
        <translation>有专用措辞的端点：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptNameDialog</name>
    <message>
        <source>Prompt name</source>
        <translation>提示词名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>A prompt name cannot hold &quot;@&quot; (it separates the version: name@3) or a line break.</source>
        <translation>提示词名称不能包含“@”（它用于分隔版本号：name@3）或换行符。</translation>
    </message>
    <message>
        <source>The project already has a prompt named &quot;%1&quot;.</source>
        <translation>项目中已有名为“%1”的提示词。</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptPreview</name>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Sample Value</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Rendered messages</source>
        <translation>渲染后的消息</translation>
    </message>
    <message>
        <source>Preview with sample values</source>
        <translation>使用示例值预览</translation>
    </message>
    <message>
        <source>Values from a test case</source>
        <translation>取自测试用例的值</translation>
    </message>
    <message>
        <source>Fill the sample values from one of the project&apos;s test cases</source>
        <translation>用项目中某个测试用例的值填充示例值</translation>
    </message>
    <message>
        <source>&amp;Values from:</source>
        <translation>值来源(&amp;V)：</translation>
    </message>
    <message>
        <source>No test cases: type values below</source>
        <translation>没有测试用例：请在下方输入值</translation>
    </message>
    <message>
        <source>Values typed below</source>
        <translation>在下方输入的值</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <extracomment>A test case in the preview&apos;s list: %1 = case id, %2 = its first value</extracomment>
        <translation>用例 %1：%2</translation>
    </message>
    <message>
        <source>The first %1 of %2 test cases</source>
        <translation>%2 个测试用例中的前 %1 个</translation>
    </message>
    <message>
        <source>No placeholder uses this value any more.</source>
        <translation>已没有占位符使用此值。</translation>
    </message>
    <message>
        <source>— %1 —</source>
        <translation>— %1 —</translation>
    </message>
    <message>
        <source>Not used by the template: %1</source>
        <translation>模板未使用：%1</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptRender</name>
    <message>
        <source>Variable &quot;%1&quot; has no value (message %2).</source>
        <translation>变量“%1”没有值（消息 %2）。</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptStore</name>
    <message>
        <source>The project has no prompt named &quot;%1&quot;.</source>
        <translation>项目中没有名为“%1”的提示词。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prompt version: write NAME@NUMBER with a number from 1.</source>
        <translation>“%1”不是提示词版本：请写成 NAME@NUMBER，其中数字不小于 1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a prompt name.</source>
        <translation>“%1”不是提示词名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a prompt name: it must not be empty or hold a line break or &quot;@&quot;.</source>
        <translation>“%1”不能作为提示词名称：名称不能为空，也不能包含换行符或“@”。</translation>
    </message>
    <message>
        <source>The prompt &quot;%1&quot; has no version.</source>
        <translation>提示词“%1”没有任何版本。</translation>
    </message>
    <message>
        <source>The project already has a prompt named &quot;%1&quot;; add a version to it instead.</source>
        <translation>项目中已有名为“%1”的提示词；请改为给它添加一个版本。</translation>
    </message>
    <message>
        <source>A variant of &quot;%1&quot; has no valid endpoint name.</source>
        <translation>“%1”的某个变体没有有效的端点名称。</translation>
    </message>
    <message>
        <source>The endpoint name holds a line break.</source>
        <translation>端点名称中包含换行符。</translation>
    </message>
    <message>
        <source>Cannot rename the prompt &quot;%1&quot;: stored runs refer to it by name (run %2). Their results would lose their prompt.</source>
        <translation>无法重命名提示词“%1”：已保存的运行按名称引用它（运行 %2）。否则这些运行的结果将失去对应的提示词。</translation>
    </message>
    <message>
        <source>Cannot delete the prompt &quot;%1&quot;: stored runs refer to it by name (run %2). Their results would lose their prompt.</source>
        <translation>无法删除提示词“%1”：已保存的运行按名称引用它（运行 %2）。否则这些运行的结果将失去对应的提示词。</translation>
    </message>
    <message>
        <source>The project already has a prompt named &quot;%1&quot;.</source>
        <translation>项目中已有名为“%1”的提示词。</translation>
    </message>
</context>
<context>
    <name>Cutover::PromptsPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>比较(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save as New Version</source>
        <translation>另存为新版本(&amp;S)</translation>
    </message>
    <message>
        <source>Save as New Version</source>
        <translation>另存为新版本</translation>
    </message>
    <message>
        <source>%1 You can browse, preview, compare and export prompts, but not change them.</source>
        <extracomment>%1 = why the project is read-only (full sentences)</extracomment>
        <translation>%1你可以浏览、预览、比较和导出提示词，但不能修改。</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Selected Prompt…</source>
        <translation>所选提示词…</translation>
    </message>
    <message>
        <source>All Prompts…</source>
        <translation>全部提示词…</translation>
    </message>
    <message>
        <source>Write the selected prompt or the whole library to a JSON file, with every version and variant</source>
        <translation>将所选提示词或整个提示词库（含所有版本和变体）写入 JSON 文件</translation>
    </message>
    <message>
        <source>Add the prompts of a JSON file (one prompt or a library). A prompt whose name is taken is imported under a new name such as &quot;triage (2)&quot;; nothing is overwritten.</source>
        <translation>添加 JSON 文件中的提示词（单个提示词或提示词库）。名称已被占用的提示词会以新名称导入，例如“triage (2)”；不会覆盖任何内容。</translation>
    </message>
    <message>
        <source>Create a prompt with a system and a user message</source>
        <translation>创建一个包含系统消息和用户消息的提示词</translation>
    </message>
    <message>
        <source>Rename the selected prompt (refused while stored runs use it)</source>
        <translation>重命名所选提示词（已保存的运行使用它时不可重命名）</translation>
    </message>
    <message>
        <source>Delete the selected prompt with all its versions and variants</source>
        <translation>删除所选提示词及其所有版本和变体</translation>
    </message>
    <message>
        <source>Open this prompt in the Compare pane to run it on a case with the baseline and the candidate</source>
        <translation>在“比较”面板中打开此提示词，用基线和候选在某个用例上运行</translation>
    </message>
    <message>
        <source>What the prompt is for</source>
        <translation>提示词的用途</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>措辞</translation>
    </message>
    <message>
        <source>Create &amp;Variant for Endpoint</source>
        <translation>为端点创建变体(&amp;V)</translation>
    </message>
    <message>
        <source>Give an endpoint its own wording of this prompt, starting from the default wording&apos;s latest version</source>
        <translation>为某个端点创建此提示词的专用措辞，以默认措辞的最新版本为起点</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Wording:</source>
        <translation>措辞(&amp;W)：</translation>
    </message>
    <message>
        <source>What changed (optional)</source>
        <translation>改动内容（可选）</translation>
    </message>
    <message>
        <source>Version note</source>
        <translation>版本说明</translation>
    </message>
    <message>
        <source>Store the draft as a new, immutable version (%1)</source>
        <translation>将草稿保存为一个不可更改的新版本（%1）</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <source>Select a prompt on the left, or create one with New.</source>
        <translation>请在左侧选择一个提示词，或用“新建”创建一个。</translation>
    </message>
    <message>
        <source>Filter Prompts</source>
        <translation>筛选提示词</translation>
    </message>
    <message>
        <source>Rename Prompt</source>
        <translation>重命名提示词</translation>
    </message>
    <message>
        <source>Delete Prompt</source>
        <translation>删除提示词</translation>
    </message>
    <message>
        <source>Default wording</source>
        <translation>默认措辞</translation>
    </message>
    <message>
        <source>Variant for %1</source>
        <translation>%1 的变体</translation>
    </message>
    <message>
        <source>Variant for %1 (no such endpoint)</source>
        <translation>%1 的变体（无此端点）</translation>
    </message>
    <message>
        <source>The project has no endpoint named &quot;%1&quot;; runs use this wording only for an endpoint of that name.</source>
        <translation>项目中没有名为“%1”的端点；只有该名称的端点在运行时才会使用此措辞。</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The draft of &quot;%1&quot; has changes that are not saved as a version.</source>
        <translation>“%1”的草稿中有尚未保存为版本的更改。</translation>
    </message>
    <message>
        <source>Save stores them as a new version with the note you wrote.</source>
        <translation>“保存”会将这些更改连同你写的说明保存为新版本。</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Delete the prompt &quot;%1&quot; with all its versions and variants? This cannot be undone; export it first to keep a copy.</source>
        <translation>要删除提示词“%1”及其所有版本和变体吗？此操作无法撤销；如需保留副本，请先导出。</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>A version needs at least one message. Add one, or undo the removal.</source>
        <translation>一个版本至少需要一条消息。请添加一条，或撤销删除。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为版本 %1。</translation>
    </message>
    <message>
        <source>Created from the default wording v%1</source>
        <extracomment>Note of a variant&apos;s first version; %1 = version number</extracomment>
        <translation>基于默认措辞 v%1 创建</translation>
    </message>
    <message>
        <source>%1 now has its own wording of &quot;%2&quot;. Edit it and save a version; the default wording is unchanged.</source>
        <translation>%1 现在有了“%2”的专用措辞。编辑后请保存为版本；默认措辞保持不变。</translation>
    </message>
    <message>
        <source>Version %1 is restored as version %2.</source>
        <translation>版本 %1 已恢复为版本 %2。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>未导入任何内容。%1</translation>
    </message>
    <message>
        <source>Nothing was imported: &quot;%1&quot; holds no prompts.</source>
        <translation>未导入任何内容：“%1”中没有提示词。</translation>
    </message>
    <message>
        <source>Nothing was imported. %1: the prompt name &quot;%2&quot; cannot be used: it must not hold a line break or &quot;@&quot;. Correct it in the file.</source>
        <translation>未导入任何内容。%1：提示词名称“%2”不可用：名称不能包含换行符或“@”。请在文件中更正。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <extracomment>An imported prompt renamed because the name was taken: old → new</extracomment>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>Import from &quot;%1&quot; stopped at &quot;%2&quot;: %3 Imported before that: %4.</source>
        <translation>从“%1”导入时在“%2”处停止：%3此前已导入：%4。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prompt(s) from &quot;%1&quot;.</source>
        <translation>
            <numerusform>已从“%1”导入 %n 个提示词。</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed because the name was taken: %1.</source>
        <translation>因名称已被占用而重命名：%1。</translation>
    </message>
    <message>
        <source>Variants for endpoints this project does not have were kept: %1.</source>
        <translation>已保留针对本项目中不存在的端点的变体：%1。</translation>
    </message>
    <message>
        <source>There is no prompt to export.</source>
        <translation>没有可导出的提示词。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prompt(s) to &quot;%1&quot;.</source>
        <translation>
            <numerusform>已将 %n 个提示词导出到“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The unsaved draft is not in the file; only saved versions are.</source>
        <translation>未保存的草稿不在文件中；文件中只有已保存的版本。</translation>
    </message>
    <message>
        <source>New Prompt</source>
        <translation>新建提示词</translation>
    </message>
    <message>
        <source>Import Prompts</source>
        <translation>导入提示词</translation>
    </message>
    <message>
        <source>Prompt JSON (*.json);;All Files (*)</source>
        <translation>提示词 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>-prompts</source>
        <translation>-提示词</translation>
    </message>
    <message>
        <source>Export All Prompts</source>
        <translation>导出全部提示词</translation>
    </message>
    <message>
        <source>Export Prompt</source>
        <translation>导出提示词</translation>
    </message>
    <message>
        <source>Prompt JSON (*.json)</source>
        <translation>提示词 JSON (*.json)</translation>
    </message>
    <message>
        <source>No endpoints yet: add them in the Endpoints pane</source>
        <translation>还没有端点：请在“端点”面板中添加</translation>
    </message>
    <message>
        <source>%1 (has a variant)</source>
        <translation>%1（有变体）</translation>
    </message>
    <message>
        <source>Read-only: v%1</source>
        <translation>只读：v%1</translation>
    </message>
    <message>
        <source>Unsaved changes (based on v%1)</source>
        <translation>有未保存的更改（基于 v%1）</translation>
    </message>
    <message>
        <source>No changes since v%1</source>
        <translation>自 v%1 以来没有更改</translation>
    </message>
</context>
<context>
    <name>Cutover::RatingBar</name>
    <message>
        <source>Baseline better</source>
        <translation>基线更好</translation>
    </message>
    <message>
        <source>Candidate better</source>
        <translation>候选更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>The baseline&apos;s answer is better (Ctrl+1)</source>
        <translation>基线的回答更好（Ctrl+1）</translation>
    </message>
    <message>
        <source>The candidate&apos;s answer is better (Ctrl+2)</source>
        <translation>候选的回答更好（Ctrl+2）</translation>
    </message>
    <message>
        <source>Both answers are as good as each other (Ctrl+3)</source>
        <translation>两个回答一样好（Ctrl+3）</translation>
    </message>
    <message>
        <source>Neither answer does the job (Ctrl+4)</source>
        <translation>两个回答都不合格（Ctrl+4）</translation>
    </message>
    <message>
        <source>Rate:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Note (optional): why</source>
        <translation>说明（可选）：评分理由</translation>
    </message>
    <message>
        <source>This project is open read-only: ratings cannot be stored. %1</source>
        <translation>此项目以只读方式打开：无法保存评分。%1</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation>尚未评分</translation>
    </message>
</context>
<context>
    <name>Cutover::Report</name>
    <message>
        <source>Generated %1 by Cutover</source>
        <translation>由 Cutover 于 %1 生成</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Writing the report &quot;%1&quot; was cancelled; the file was not changed.</source>
        <translation>报告“%1”的写入已取消；文件未更改。</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: PDF export needs a graphical application object (QGuiApplication). Headless programs use the offscreen platform (QT_QPA_PLATFORM=offscreen).</source>
        <translation>无法写入报告“%1”：导出 PDF 需要图形应用程序对象（QGuiApplication）。无界面程序请使用 offscreen 平台（QT_QPA_PLATFORM=offscreen）。</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: %2</source>
        <translation>无法写入报告“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot write the report &quot;%1&quot;: the PDF writer did not start.</source>
        <translation>无法写入报告“%1”：PDF 写入器未能启动。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>no start date</source>
        <translation>无开始日期</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Score = likelihood × impact</source>
        <translation>分值 = 可能性 × 影响</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Numbers in the cells refer to the risk table below.</source>
        <translation>单元格中的数字对应下方风险表中的编号。</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>MIGRATION PLAN</source>
        <translation>迁移计划</translation>
    </message>
    <message>
        <source>(old model not set)</source>
        <translation>（未设置旧模型）</translation>
    </message>
    <message>
        <source>(new model not set)</source>
        <translation>（未设置新模型）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message numerus="yes">
        <source>%n without a target</source>
        <translation>
            <numerusform>其中 %n 个没有指标</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 (%3)</source>
        <extracomment>phases span: first day, last day, number of days</extracomment>
        <translation>%1 至 %2（%3）</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Rollback plan</source>
        <translation>回滚计划</translation>
    </message>
    <message>
        <source>Open points</source>
        <translation>待办提示</translation>
    </message>
    <message>
        <source>The plan has no objectives yet.</source>
        <translation>计划还没有目标。</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>No measurable target</source>
        <translation>无可衡量的指标</translation>
    </message>
    <message>
        <source>Nothing is in scope yet.</source>
        <translation>范围内还没有任何内容。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The plan has no phases yet.</source>
        <translation>计划还没有阶段。</translation>
    </message>
    <message>
        <source>No phase has a start date, so there is no chart.</source>
        <translation>没有阶段设置了开始日期，因此没有图表。</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>依赖于</translation>
    </message>
    <message>
        <source>(missing phase)</source>
        <translation>（缺失的阶段）</translation>
    </message>
    <message>
        <source>The plan has no risks yet.</source>
        <translation>计划还没有风险。</translation>
    </message>
    <message>
        <source>Risks by score</source>
        <translation>按分值排列的风险</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>L</source>
        <comment>likelihood</comment>
        <translation>概率</translation>
    </message>
    <message>
        <source>I</source>
        <comment>impact</comment>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(undescribed)</source>
        <translation>（无描述）</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>No trigger: nothing says when to roll back.</source>
        <translation>没有触发条件：没有说明何时回滚。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>还没有步骤。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>无备注。</translation>
    </message>
    <message>
        <source>None: the plan has no open points.</source>
        <translation>无：计划没有待办提示。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Open point</source>
        <translation>待办提示</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Untitled migration plan</source>
        <translation>未命名的迁移计划</translation>
    </message>
    <message numerus="yes">
        <source>%n objective</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n component</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n components</source>
        <translation>
            <numerusform>%n 个组件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data item</source>
        <translation>
            <numerusform>%n 个数据项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data items</source>
        <translation>
            <numerusform>%n 个数据项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risk</source>
        <translation>
            <numerusform>%n 个风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n risks</source>
        <translation>
            <numerusform>%n 个风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phase</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases</source>
        <translation>
            <numerusform>%n 个阶段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trigger</source>
        <translation>
            <numerusform>%n 个触发条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n triggers</source>
        <translation>
            <numerusform>%n 个触发条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n steps</source>
        <translation>
            <numerusform>%n 个步骤</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open point</source>
        <translation>
            <numerusform>%n 个待办提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open points</source>
        <translation>
            <numerusform>%n 个待办提示</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>latency (s), share of each variant&apos;s answers per bin</source>
        <translation>延迟（秒），各方回答在每个分组中所占的比例</translation>
    </message>
    <message>
        <source>; beyond the axis: %1 and %2 answers</source>
        <translation>；超出坐标轴范围：%1 和 %2 个回答</translation>
    </message>
    <message>
        <source>%1, bars with 95 % intervals</source>
        <translation>%1，柱形附 95% 置信区间</translation>
    </message>
    <message>
        <source>%1, bars with 95 % intervals; red line: %2</source>
        <translation>%1，柱形附 95% 置信区间；红线：%2</translation>
    </message>
    <message>
        <source>(not enough data)</source>
        <translation>（数据不足）</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1（运行 %2）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 (%2 ok)</source>
        <translation>%1（成功 %2）</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>points</source>
        <translation>百分点</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Incomplete rate</source>
        <translation>不完整率</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>First token p95</source>
        <translation>首 Token 时间 p95</translation>
    </message>
    <message>
        <source>Output tokens (mean)</source>
        <translation>平均输出 Token 数</translation>
    </message>
    <message>
        <source>Cost per 1,000 requests</source>
        <translation>每千次请求成本</translation>
    </message>
    <message>
        <source>The plan has no objective with a measurable target.</source>
        <translation>计划中没有带可衡量指标的目标。</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测值</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Paired test</source>
        <translation>配对检验</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Assertions (win/tie/loss)</source>
        <translation>断言（胜/平/负）</translation>
    </message>
    <message>
        <source>Ratings (win/tie/loss)</source>
        <translation>评分（胜/平/负）</translation>
    </message>
    <message>
        <source>Pass/fail (McNemar)</source>
        <translation>通过/未通过（McNemar）</translation>
    </message>
    <message>
        <source>%1 only baseline passed, %2 only candidate passed; %3</source>
        <translation>仅基线通过 %1 个，仅候选通过 %2 个；%3</translation>
    </message>
    <message>
        <source>Latency (Welch)</source>
        <translation>延迟（Welch）</translation>
    </message>
    <message>
        <source>%1; mean difference %2</source>
        <translation>%1；平均差 %2</translation>
    </message>
    <message>
        <source>Latency (Mann–Whitney)</source>
        <translation>延迟（Mann–Whitney）</translation>
    </message>
    <message>
        <source>Latency effect size</source>
        <translation>延迟效应量</translation>
    </message>
    <message>
        <source>Hedges&apos; g %1, rank-biserial %2</source>
        <translation>Hedges&apos; g %1，秩二列相关 %2</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>用例数</translation>
    </message>
    <message>
        <source>Baseline pass rate</source>
        <translation>基线通过率</translation>
    </message>
    <message>
        <source>Candidate pass rate</source>
        <translation>候选通过率</translation>
    </message>
    <message>
        <source>%1 more tags are not shown.</source>
        <translation>另有 %1 个标签未显示。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完整</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>The two variants agree on every paired answer.</source>
        <translation>基线与候选在每个配对回答上都一致。</translation>
    </message>
    <message>
        <source>rated: baseline better</source>
        <translation>评分：基线更好</translation>
    </message>
    <message>
        <source>rated: candidate better</source>
        <translation>评分：候选更好</translation>
    </message>
    <message>
        <source>rated: tie</source>
        <translation>评分：平局</translation>
    </message>
    <message>
        <source>rated: both bad</source>
        <translation>评分：都不好</translation>
    </message>
    <message>
        <source>similarity %1</source>
        <translation>相似度 %1</translation>
    </message>
    <message>
        <source>Case %1, repeat %2</source>
        <translation>用例 %1，第 %2 次重复</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>… (cut; %1 characters in all)</source>
        <translation>…（已截断；共 %1 个字符）</translation>
    </message>
    <message>
        <source>Baseline %1 against candidate %2, paired over %3 cells (same case and repeat). Figures show 95 % intervals in brackets; “not enough data” marks figures resting on too few answers to judge.</source>
        <translation>基线 %1 对比候选 %2，按 %3 个单元格配对（相同用例和重复序号）。方括号中为 95% 置信区间；“数据不足”表示该数值所依据的回答太少，无法判断。</translation>
    </message>
    <message>
        <source>Objectives judged</source>
        <translation>目标判定</translation>
    </message>
    <message>
        <source>Paired tests</source>
        <translation>配对检验</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>Latency distribution</source>
        <translation>延迟分布</translation>
    </message>
    <message>
        <source>pass rate (%)</source>
        <translation>通过率（%）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Pass rate, by tag</source>
        <translation>各标签的通过率</translation>
    </message>
    <message>
        <source>cost per 1,000 requests</source>
        <translation>每千次请求成本</translation>
    </message>
    <message>
        <source>Pass rate by tag</source>
        <translation>各标签的通过率</translation>
    </message>
    <message>
        <source>Answers that disagree most</source>
        <translation>分歧最大的回答</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Joins the facts about one disagreement (&quot;texts differ; similarity 0.05&quot;)</extracomment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Cutover::ReportExporter</name>
    <message>
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Plan Report</source>
        <translation>导出计划报告</translation>
    </message>
    <message>
        <source>Reading the results: %1 of %2…</source>
        <translation>正在读取结果：%1/%2…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Writing the pages…</source>
        <translation>正在写入页面…</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>正在写入第 %1/%2 页…</translation>
    </message>
</context>
<context>
    <name>Cutover::ResultImport</name>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0.</source>
        <translation>&quot;%1&quot; 必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; 必须是字符串。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2.</source>
        <translation>第 %1 字节处不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>each line must be a JSON object.</source>
        <translation>每一行都必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known key.</source>
        <translation>&quot;%1&quot; 不是已知的键。</translation>
    </message>
    <message>
        <source>&quot;status&quot; must be &quot;ok&quot;, &quot;error&quot; or &quot;incomplete&quot;, not &quot;%1&quot;.</source>
        <translation>&quot;status&quot; 必须是 &quot;ok&quot;、&quot;error&quot; 或 &quot;incomplete&quot;，而不是 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>the endpoint &quot;%1&quot; is not one of the run&apos;s endpoints (%2).</source>
        <translation>端点“%1”不是该运行的端点之一（%2）。</translation>
    </message>
    <message>
        <source>the project has no case %1.</source>
        <translation>项目中没有用例 %1。</translation>
    </message>
    <message>
        <source>&quot;repeat&quot; must be below 10000.</source>
        <translation>&quot;repeat&quot; 必须小于 10000。</translation>
    </message>
    <message>
        <source>&quot;finished_at&quot; is not an ISO 8601 time: &quot;%1&quot;.</source>
        <translation>&quot;finished_at&quot; 不是 ISO 8601 时间：&quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;cost&quot; must be a number of at least 0.</source>
        <translation>&quot;cost&quot; 必须是不小于 0 的数字。</translation>
    </message>
    <message>
        <source>a second result for case %1, endpoint &quot;%2&quot;, repeat %3.</source>
        <translation>用例 %1、端点“%2”、第 %3 次重复出现了第二个结果。</translation>
    </message>
    <message>
        <source>%1 holds no results.</source>
        <translation>%1 中没有结果。</translation>
    </message>
</context>
<context>
    <name>Cutover::ResultsCellDelegate</name>
    <message>
        <source>baseline better</source>
        <translation>基线更好</translation>
    </message>
    <message>
        <source>candidate better</source>
        <translation>候选更好</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>无结果</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>CUT OFF</source>
        <translation>截断</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>· %1/%2 repeats pass</source>
        <extracomment>After PASS/FAIL of the shown repeat: how many of all repeats passed</extracomment>
        <translation>· 重复通过 %1/%2</translation>
    </message>
</context>
<context>
    <name>Cutover::ResultsMatrixModel</name>
    <message>
        <source>answered</source>
        <translation>已回答</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>cut off</source>
        <translation>被截断</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>baseline better</source>
        <translation>基线更好</translation>
    </message>
    <message>
        <source>candidate better</source>
        <translation>候选更好</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>都不好</translation>
    </message>
    <message>
        <source>(case removed)</source>
        <translation>（用例已删除）</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>用例 %1</translation>
    </message>
    <message>
        <source>Rated: %1</source>
        <translation>评分：%1</translation>
    </message>
    <message>
        <source>Disagreement %1 of 3</source>
        <translation>分歧程度 %1/3</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>尚无结果</translation>
    </message>
    <message>
        <source>%1 · %2 ms</source>
        <translation>%1 · %2 毫秒</translation>
    </message>
    <message>
        <source>%1 of %2 repeats passed</source>
        <translation>%2 次重复中通过 %1 次</translation>
    </message>
    <message>
        <source>From the response cache</source>
        <translation>来自响应缓存</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>用例</translation>
    </message>
    <message>
        <source>%1 (baseline)</source>
        <translation>%1（基线）</translation>
    </message>
    <message numerus="yes">
        <source>The first of %n repeat(s), with how many passed</source>
        <translation>
            <numerusform>%n 次重复中的第一次，以及通过的次数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::ResultsPane</name>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Run %1 · %2 v%3 · %4 · %5 · %6</source>
        <translation>运行 %1 · %2 v%3 · %4 · %5 · %6</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对比 </translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>比较对象(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>运行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>全部(&amp;A)</translation>
    </message>
    <message>
        <source>Fai&amp;lures</source>
        <translation>失败(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Different</source>
        <translation>有差异(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Unrated</source>
        <translation>未评分(&amp;U)</translation>
    </message>
    <message>
        <source>Every case of the run</source>
        <translation>该运行的所有用例</translation>
    </message>
    <message>
        <source>Cases where an answer failed its assertions, ended in an error or was cut off</source>
        <translation>有回答未通过断言、出错或被截断的用例</translation>
    </message>
    <message>
        <source>Cases where baseline and candidate differ in status, verdict or answer</source>
        <translation>基线与候选在状态、判定或回答上存在差异的用例</translation>
    </message>
    <message>
        <source>Cases you have not rated yet</source>
        <translation>你尚未评分的用例</translation>
    </message>
    <message>
        <source>&amp;Sort by disagreement</source>
        <translation>按分歧排序(&amp;S)</translation>
    </message>
    <message>
        <source>Cases where baseline and candidate disagree most come first: a different status or verdict counts twice, a different answer once</source>
        <translation>基线与候选分歧最大的用例排在前面：状态或判定不同计两次，回答不同计一次</translation>
    </message>
    <message>
        <source>The endpoint that Different and the disagreement order compare with the baseline</source>
        <translation>“有差异”筛选和分歧排序中与基线比较的端点</translation>
    </message>
    <message>
        <source>The results could not be read: %1</source>
        <translation>无法读取结果：%1</translation>
    </message>
    <message>
        <source>The project&apos;s runs could not be read: %1</source>
        <translation>无法读取项目的运行：%1</translation>
    </message>
    <message>
        <source>No runs yet. Start a batch run of a prompt over the test cases; its results appear here as they arrive.</source>
        <translation>还没有运行。请用测试用例批量运行一个提示词；结果到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s). Double-click a cell or press Enter to open it in the compare view.</source>
        <translation>
            <numerusform>%n 个用例。双击单元格或按 Enter 可在比较视图中打开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) with a failure.</source>
        <translation>
            <numerusform>有 %n 个用例出现失败。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) where baseline and candidate differ.</source>
        <translation>
            <numerusform>有 %n 个用例的基线与候选存在差异。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) not rated yet.</source>
        <translation>
            <numerusform>%n 个用例尚未评分。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cutover::RiskMatrix</name>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>Click a cell to show only its risks; click it again to show all</source>
        <translation>单击单元格仅显示其中的风险；再次单击显示全部</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message>
        <source>Likelihood %1 × impact %2 = %3 (%4)</source>
        <translation>可能性 %1 × 影响 %2 = %3（%4）</translation>
    </message>
    <message>
        <source>No risks</source>
        <translation>无风险</translation>
    </message>
</context>
<context>
    <name>Cutover::RisksModel</name>
    <message>
        <source>Edit Risk Description</source>
        <translation>编辑风险描述</translation>
    </message>
    <message>
        <source>Change Risk Likelihood</source>
        <translation>更改风险可能性</translation>
    </message>
    <message>
        <source>Change Risk Impact</source>
        <translation>更改风险影响</translation>
    </message>
    <message>
        <source>Edit Risk Mitigation</source>
        <translation>编辑风险缓解措施</translation>
    </message>
    <message>
        <source>Change Risk Owner</source>
        <translation>更改风险负责人</translation>
    </message>
    <message>
        <source>How likely the risk is, from 1 (rare) to 5 (almost certain)</source>
        <translation>风险发生的可能性，从 1（罕见）到 5（几乎肯定）</translation>
    </message>
    <message>
        <source>How bad it would be, from 1 (negligible) to 5 (severe)</source>
        <translation>后果的严重程度，从 1（可忽略）到 5（严重）</translation>
    </message>
    <message>
        <source>Likelihood × impact</source>
        <translation>可能性 × 影响</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Add Risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
    <message>
        <source>Move Risk</source>
        <translation>移动风险</translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>Remove %1 Risks</source>
        <translation>删除 %1 个风险</translation>
    </message>
</context>
<context>
    <name>Cutover::RisksPage</name>
    <message>
        <source>Add Risk</source>
        <translation>添加风险</translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>No risks listed. What could go wrong, and what would you do about it?</source>
        <translation>尚未列出风险。可能出什么问题？你会如何应对？</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Clear the matrix filter</source>
        <translation>清除矩阵筛选</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>Only risks with likelihood %1 and impact %2 (%3): %4</source>
        <translation>仅显示可能性为 %1、影响为 %2 的风险（%3）：%4 个</translation>
    </message>
    <message>
        <source>Each cell counts the risks with that likelihood and impact. Click a cell to show only its risks; click it again to show all.</source>
        <translation>每个单元格显示具有该可能性和影响的风险数量。单击单元格仅显示其中的风险；再次单击显示全部。</translation>
    </message>
    <message>
        <source>score %1–%2</source>
        <extracomment>Range of risk scores, e.g. &quot;score 5–9&quot;</extracomment>
        <translation>分值 %1–%2</translation>
    </message>
</context>
<context>
    <name>Cutover::RollbackListModel</name>
    <message>
        <source>Edit Rollback Trigger</source>
        <translation>编辑回滚触发条件</translation>
    </message>
    <message>
        <source>Edit Rollback Step</source>
        <translation>编辑回滚步骤</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Add Rollback Trigger</source>
        <translation>添加回滚触发条件</translation>
    </message>
    <message>
        <source>New trigger</source>
        <translation>新触发条件</translation>
    </message>
    <message>
        <source>Add Rollback Step</source>
        <translation>添加回滚步骤</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>新步骤</translation>
    </message>
    <message>
        <source>Move Rollback Trigger</source>
        <translation>移动回滚触发条件</translation>
    </message>
    <message>
        <source>Move Rollback Step</source>
        <translation>移动回滚步骤</translation>
    </message>
    <message>
        <source>Remove Rollback Trigger</source>
        <translation>删除回滚触发条件</translation>
    </message>
    <message>
        <source>Remove %1 Rollback Triggers</source>
        <translation>删除 %1 个回滚触发条件</translation>
    </message>
    <message>
        <source>Remove Rollback Step</source>
        <translation>删除回滚步骤</translation>
    </message>
    <message>
        <source>Remove %1 Rollback Steps</source>
        <translation>删除 %1 个回滚步骤</translation>
    </message>
</context>
<context>
    <name>Cutover::RollbackPage</name>
    <message>
        <source>Add Trigger</source>
        <translation>添加触发条件</translation>
    </message>
    <message>
        <source>Remove Trigger</source>
        <translation>删除触发条件</translation>
    </message>
    <message>
        <source>No triggers. Which condition sends traffic back to the old model?</source>
        <translation>没有触发条件。在什么条件下将流量切回旧模型？</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Remove Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <source>No steps. What exactly does the on-call engineer do?</source>
        <translation>没有步骤。值班工程师具体要做什么？</translation>
    </message>
    <message>
        <source>e.g. Automatic rollback when a guard fails</source>
        <translation>例如：任一防护检查失败时自动回滚</translation>
    </message>
    <message>
        <source>Who decides and acts</source>
        <translation>由谁决策并执行</translation>
    </message>
    <message>
        <source>Edit Rollback Summary</source>
        <translation>编辑回滚摘要</translation>
    </message>
    <message>
        <source>Edit Rollback Owner</source>
        <translation>编辑回滚负责人</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>摘要(&amp;S)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>负责人(&amp;W)：</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Steps, in order</source>
        <translation>步骤（按顺序）</translation>
    </message>
</context>
<context>
    <name>Cutover::RunPage</name>
    <message>
        <source>Cancel Conversion</source>
        <translation>取消转换</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>再次运行(&amp;A)</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>正在转换</translation>
    </message>
    <message>
        <source>You can keep working; the conversion runs in the background.</source>
        <translation>你可以继续工作；转换会在后台运行。</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>已读取：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录数：</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>正在估算…</translation>
    </message>
    <message>
        <source>Converting %1 to %2…</source>
        <translation>正在将 %1 转换为 %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written; no partial output is left.</source>
        <translation>已取消。未写入任何内容，也没有留下不完整的输出。</translation>
    </message>
    <message>
        <source>The conversion failed; nothing was written. %1</source>
        <translation>转换失败；未写入任何内容。%1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>No project is open, so this run is not added to a project&apos;s conversion history.</source>
        <translation>没有打开的项目，因此本次运行不会添加到项目的转换历史中。</translation>
    </message>
    <message>
        <source>%1 is open read-only, so this run is not added to its conversion history.</source>
        <translation>%1 以只读方式打开，因此本次运行不会添加到其转换历史中。</translation>
    </message>
    <message>
        <source>Added to the conversion history of %1.</source>
        <translation>已添加到 %1 的转换历史中。</translation>
    </message>
    <message>
        <source>Could not add this run to the conversion history of %1: %2</source>
        <translation>无法将本次运行添加到 %1 的转换历史中：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>file %1 of %2: %3</source>
        <translation>第 %1/%2 个文件：%3</translation>
    </message>
</context>
<context>
    <name>Cutover::RunStore</name>
    <message>
        <source>The project could not be read or written: %1</source>
        <translation>无法读取或写入项目：%1</translation>
    </message>
    <message>
        <source>The project has no run %1.</source>
        <translation>项目中没有运行 %1。</translation>
    </message>
</context>
<context>
    <name>Cutover::RunsModel</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>The run was interrupted (the program ended while it was going). Resume it to send the cells that have no result yet.</source>
        <translation>运行被中断（程序在运行过程中退出）。继续运行即可发送尚无结果的单元格。</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Cutover::RunsPane</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>&amp;New Run…</source>
        <translation>新建运行(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Run a prompt over the test cases on chosen endpoints (Ctrl+Shift+R)</source>
        <translation>在所选端点上用测试用例运行提示词（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Resume the paused run, or the interrupted run selected in the list: only cells without a result are sent</source>
        <translation>继续已暂停的运行，或列表中选中的已中断运行：只发送尚无结果的单元格</translation>
    </message>
    <message>
        <source>Stop the run; the results stored so far stay, and it can be resumed later</source>
        <translation>停止运行；已保存的结果会保留，之后可以继续</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>运行进度</translation>
    </message>
    <message>
        <source>Batch runs</source>
        <translation>批量运行</translation>
    </message>
    <message>
        <source>“%1” is rate-limited until %2: %3
The run is paused; press Resume after that time.</source>
        <translation>“%1”在 %2 之前被限流：%3
运行已暂停；请在该时间之后按“继续”。</translation>
    </message>
    <message>
        <source>Looking up the endpoints&apos; keys…</source>
        <translation>正在查找端点的密钥…</translation>
    </message>
    <message>
        <source>Another run is still going.</source>
        <translation>另一个运行仍在进行。</translation>
    </message>
    <message>
        <source>API Key for “%1”</source>
        <translation>“%1”的 API 密钥</translation>
    </message>
    <message>
        <source>No key for “%1” was found (%2).
Enter it to use it for this session only (it is not stored), or cancel and store it in the Endpoints pane.</source>
        <translation>未找到“%1”的密钥（%2）。
在此输入的密钥仅用于本次会话（不会保存）；也可以取消，然后在“端点”面板中保存密钥。</translation>
    </message>
    <message>
        <source>The run was not started: no API key for “%1”: %2</source>
        <translation>运行未开始：“%1”没有 API 密钥：%2</translation>
    </message>
    <message>
        <source>No run is going. Start one with New Run, or select an interrupted run and press Resume.</source>
        <translation>没有正在进行的运行。请用“新建运行”开始一个，或选择一个已中断的运行并按“继续”。</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 done · %4 failed · %5 from the cache</source>
        <translation>运行 %1：已完成 %2/%3 · 失败 %4 · 来自缓存 %5</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · 约剩 %1</translation>
    </message>
    <message>
        <source>Run %1 is done: %2 of %3 · %4 failed · %5 from the cache</source>
        <translation>运行 %1 已完成：%2/%3 · 失败 %4 · 来自缓存 %5</translation>
    </message>
    <message>
        <source>Run %1 was cancelled at %2 of %3 (%4 failed, %5 from the cache); Resume finishes it.</source>
        <translation>运行 %1 在 %2/%3 处被取消（失败 %4，来自缓存 %5）；按“继续”可完成它。</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>运行已停止：%1</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>Cutover::ScopeModel</name>
    <message>
        <source>Change Scope Kind</source>
        <translation>更改范围项类型</translation>
    </message>
    <message>
        <source>Rename Scope Item</source>
        <translation>重命名范围项</translation>
    </message>
    <message>
        <source>Edit Scope Description</source>
        <translation>编辑范围项描述</translation>
    </message>
    <message>
        <source>Change Scope Status</source>
        <translation>更改范围项状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add Scope Item</source>
        <translation>添加范围项</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>新项</translation>
    </message>
    <message>
        <source>Move Scope Item</source>
        <translation>移动范围项</translation>
    </message>
    <message>
        <source>Remove Scope Item</source>
        <translation>删除范围项</translation>
    </message>
    <message>
        <source>Remove %1 Scope Items</source>
        <translation>删除 %1 个范围项</translation>
    </message>
</context>
<context>
    <name>Cutover::ScopePage</name>
    <message>
        <source>Add Scope Item</source>
        <translation>添加范围项</translation>
    </message>
    <message>
        <source>Remove Scope Item</source>
        <translation>删除范围项</translation>
    </message>
    <message>
        <source>Nothing in scope yet. List the components and the data the migration touches.</source>
        <translation>范围内还没有内容。请列出迁移涉及的组件和数据。</translation>
    </message>
</context>
<context>
    <name>Cutover::Similarity</name>
    <message>
        <source>edit-distance ratio</source>
        <translation>编辑距离比</translation>
    </message>
    <message>
        <source>word-set overlap (Jaccard)</source>
        <translation>词集重合度（Jaccard）</translation>
    </message>
    <message>
        <source>word-count cosine</source>
        <translation>词频余弦相似度</translation>
    </message>
</context>
<context>
    <name>Cutover::SourcePage</name>
    <message>
        <source>Conversation data (*.jsonl *.json *.ndjson);;All files (*)</source>
        <translation>对话数据 (*.jsonl *.json *.ndjson);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied).</source>
        <translation>无法读取 %1（权限被拒绝）。</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒收</translation>
    </message>
    <message>
        <source>No earlier conversions in %1.</source>
        <translation>%1 中没有以前的转换。</translation>
    </message>
    <message>
        <source>Earlier conversions in %1:</source>
        <translation>%1 中以前的转换：</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Source Files</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>Choose one or more files of stored conversations or evaluation records. Several files are converted in order into one output. Cutover reads them as a stream, so files of any size work.</source>
        <translation>选择一个或多个保存了对话或评估记录的文件。多个文件会按顺序转换到同一个输出中。Cutover 以流的方式读取，因此任意大小的文件都可以处理。</translation>
    </message>
    <message>
        <source>Path of a .jsonl or .json file; Return adds it</source>
        <translation>.jsonl 或 .json 文件的路径；按 Return 键添加</translation>
    </message>
    <message>
        <source>&amp;Files:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>Supported: OpenAI chat (JSON Lines or one JSON array), Anthropic Messages, ShareGPT, Alpaca and Gemini. The next step detects which one each file holds; files converted together must hold the same one. Files can also be dropped here.</source>
        <translation>支持：OpenAI chat（JSON Lines 或单个 JSON 数组）、Anthropic Messages、ShareGPT、Alpaca 和 Gemini。下一步会检测每个文件属于哪一种；一起转换的文件必须属于同一种。也可以将文件拖放到这里。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Choose Files to Convert</source>
        <translation>选择要转换的文件</translation>
    </message>
    <message numerus="yes">
        <source>%n file, %1</source>
        <translation>
            <numerusform>%n 个文件，%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files, %1 in all</source>
        <translation>
            <numerusform>%n 个文件，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 及另外 %2 个</translation>
    </message>
</context>
<context>
    <name>Cutover::SummaryModel</name>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>通过率</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>错误率</translation>
    </message>
    <message>
        <source>Incomplete rate</source>
        <translation>不完整率</translation>
    </message>
    <message>
        <source>Latency, mean</source>
        <translation>平均延迟</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>延迟 p50</translation>
    </message>
    <message>
        <source>Latency p90</source>
        <translation>延迟 p90</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>延迟 p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>延迟 p99</translation>
    </message>
    <message>
        <source>Time to first token p50</source>
        <translation>首 Token 时间 p50</translation>
    </message>
    <message>
        <source>Time to first token p95</source>
        <translation>首 Token 时间 p95</translation>
    </message>
    <message>
        <source>Input tokens per answer</source>
        <translation>每个回答的输入 Token 数</translation>
    </message>
    <message>
        <source>Output tokens per answer</source>
        <translation>每个回答的输出 Token 数</translation>
    </message>
    <message>
        <source>Cost per request</source>
        <translation>每次请求成本</translation>
    </message>
    <message>
        <source>Cost per 1,000 requests</source>
        <translation>每千次请求成本</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <extracomment>candidate wins / ties / losses</extracomment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Assertions: candidate better / tie / worse</source>
        <translation>断言：候选更好 / 平 / 更差</translation>
    </message>
    <message>
        <source>sign test</source>
        <translation>符号检验</translation>
    </message>
    <message>
        <source>Ratings: candidate better / tie / worse</source>
        <translation>评分：候选更好 / 平 / 更差</translation>
    </message>
    <message>
        <source>Pass/fail on the same cases</source>
        <translation>相同用例上的通过/未通过</translation>
    </message>
    <message>
        <source>McNemar</source>
        <translation>McNemar</translation>
    </message>
    <message>
        <source>Latency difference</source>
        <translation>延迟差异</translation>
    </message>
    <message>
        <source>Welch</source>
        <translation>Welch</translation>
    </message>
    <message>
        <source>Mann–Whitney</source>
        <translation>Mann–Whitney</translation>
    </message>
    <message>
        <source>Results (errors, incomplete, cancelled)</source>
        <translation>结果（错误、不完整、已取消）</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2、%3、%4）</translation>
    </message>
    <message>
        <source>%1 pairs</source>
        <translation>%1 对</translation>
    </message>
    <message>
        <source>%1
n = %2, %3 % interval, %4</source>
        <translation>%1
n = %2，%3% 置信区间，%4</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>度量</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Candidate: %1</source>
        <translation>候选：%1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>%1 low</source>
        <translation>%1 下限</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>%1 上限</translation>
    </message>
    <message>
        <source>%1 n</source>
        <translation>%1 n</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 状态</translation>
    </message>
</context>
<context>
    <name>Cutover::SummaryPage</name>
    <message>
        <source>Open &amp;Output</source>
        <translation>打开输出(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Rejects File</source>
        <translation>打开拒收文件(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Loss Report</source>
        <translation>打开损失报告(&amp;L)</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>在文件夹中显示(&amp;F)</translation>
    </message>
    <message>
        <source>Conversion Finished</source>
        <translation>转换完成</translation>
    </message>
    <message>
        <source>Rejected records are in %1.</source>
        <translation>被拒收的记录位于 %1。</translation>
    </message>
    <message>
        <source>The loss report is in %1.</source>
        <translation>损失报告位于 %1。</translation>
    </message>
    <message>
        <source>%1 read, %2 written to %3.</source>
        <translation>已读取 %1，已将 %2 写入 %3。</translation>
    </message>
    <message>
        <source>%1 s, %2 MB/s.</source>
        <translation>%1 秒，%2 MB/s。</translation>
    </message>
    <message>
        <source>%1 read from %2 files, %3 written to %4.</source>
        <translation>已从 %2 个文件读取 %1，已将 %3 写入 %4。</translation>
    </message>
</context>
<context>
    <name>Cutover::TagBreakdownChart</name>
    <message>
        <source>By case tag</source>
        <translation>按用例标签</translation>
    </message>
    <message>
        <source>No tagged cases. Give cases tags in Cases to see figures per tag.</source>
        <translation>没有带标签的用例。在“测试用例”中为用例添加标签，即可查看各标签的数据。</translation>
    </message>
    <message>
        <source>%1, %2: %3 [%4, %5], n = %6</source>
        <translation>%1，%2：%3 [%4, %5]，n = %6</translation>
    </message>
    <message>
        <source>%1, %2: not enough data (n = %3)</source>
        <translation>%1，%2：数据不足（n = %3）</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
</context>
<context>
    <name>Cutover::TargetEditor</name>
    <message>
        <source>Metric &amp;name:</source>
        <translation>度量名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Measurable target</source>
        <translation>可衡量的指标</translation>
    </message>
    <message>
        <source>Uncheck when the objective has no measurable target</source>
        <translation>目标没有可衡量的指标时取消勾选</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>大于</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <extracomment>Comparison choice, e.g. &quot;≤ at most&quot;</extracomment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>e.g. tone score</source>
        <translation>例如：语气评分</translation>
    </message>
    <message>
        <source>e.g. s, %, USD</source>
        <translation>例如：s、%、USD</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>度量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>比较方式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参照(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>Reads:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Change Target Metric</source>
        <translation>更改指标度量</translation>
    </message>
    <message>
        <source>Change Target Comparison</source>
        <translation>更改指标比较方式</translation>
    </message>
    <message>
        <source>Change Target Reference</source>
        <translation>更改指标参照</translation>
    </message>
    <message>
        <source>Change Target Value</source>
        <translation>更改指标数值</translation>
    </message>
    <message>
        <source>Rename Custom Metric</source>
        <translation>重命名自定义度量</translation>
    </message>
    <message>
        <source>Change Target Unit</source>
        <translation>更改指标单位</translation>
    </message>
    <message>
        <source>Add Target</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Select an objective to edit its target.</source>
        <translation>选择一个目标以编辑其指标。</translation>
    </message>
    <message>
        <source>No measurable target.</source>
        <translation>无可衡量的指标。</translation>
    </message>
</context>
<context>
    <name>Cutover::TargetPage</name>
    <message>
        <source>Carry the record&apos;s &amp;id and metadata</source>
        <translation>保留记录的 ID 和元数据(&amp;I)</translation>
    </message>
    <message>
        <source>Add a &quot;&amp;migrated_at&quot; timestamp to every record</source>
        <translation>为每条记录添加 &quot;migrated_at&quot; 时间戳(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep unknown fields where the target has a place</source>
        <translation>在目标格式有对应位置时保留未知字段(&amp;K)</translation>
    </message>
    <message>
        <source>Target Format and Options</source>
        <translation>目标格式和选项</translation>
    </message>
    <message>
        <source>Choose what to convert to and what to do where the formats differ. Whatever cannot be carried over is counted as a loss; nothing is dropped silently.</source>
        <translation>选择要转换成的格式，以及格式不一致时的处理方式。无法保留的内容都会计为损失；不会有任何内容被悄悄丢弃。</translation>
    </message>
    <message>
        <source>Merge all into one system prompt</source>
        <translation>全部合并为一条系统提示词</translation>
    </message>
    <message>
        <source>Keep the first, drop the others</source>
        <translation>保留第一条，丢弃其余</translation>
    </message>
    <message>
        <source>Keep the first, turn the others into user turns</source>
        <translation>保留第一条，将其余的转为用户轮次</translation>
    </message>
    <message>
        <source>Parse to an object; keep the raw string when it is not JSON</source>
        <translation>解析为对象；不是 JSON 时保留原始字符串</translation>
    </message>
    <message>
        <source>Parse to an object; reject the record when it is not JSON</source>
        <translation>解析为对象；不是 JSON 时拒收该记录</translation>
    </message>
    <message>
        <source>Merge them into one turn</source>
        <translation>合并为一个轮次</translation>
    </message>
    <message>
        <source>Reject the record</source>
        <translation>拒收该记录</translation>
    </message>
    <message>
        <source>Keep (convert URL, data URL or base64 where needed)</source>
        <translation>保留（必要时在 URL、data URL 和 base64 之间转换）</translation>
    </message>
    <message>
        <source>Drop every image</source>
        <translation>丢弃所有图像</translation>
    </message>
    <message>
        <source>Reject records whose images the target cannot hold</source>
        <translation>拒收含有目标格式无法保存的图像的记录</translation>
    </message>
    <message>
        <source>Convert &amp;to:</source>
        <translation>转换为(&amp;T)：</translation>
    </message>
    <message>
        <source>Where the formats differ</source>
        <translation>格式不一致时</translation>
    </message>
    <message>
        <source>&amp;System messages:</source>
        <translation>系统消息(&amp;S)：</translation>
    </message>
    <message>
        <source>Tool &amp;arguments:</source>
        <translation>工具参数(&amp;A)：</translation>
    </message>
    <message>
        <source>Consecutive turns of the same &amp;role:</source>
        <translation>同一角色的连续轮次(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I)：</translation>
    </message>
    <message>
        <source>Record fields</source>
        <translation>记录字段</translation>
    </message>
</context>
<context>
    <name>Cutover::TimelinePage</name>
    <message>
        <source>Add Phase</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <source>No phases yet. Break the migration into phases with dates.</source>
        <translation>还没有阶段。请将迁移拆分为带日期的阶段。</translation>
    </message>
</context>
<context>
    <name>Cutover::VerdictStyle</name>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Not judged</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>This target cannot be measured from run results.</source>
        <translation>此指标无法根据运行结果测量。</translation>
    </message>
    <message>
        <source>Target: %1
Measured: %2</source>
        <translation>指标：%1
实测：%2</translation>
    </message>
</context>
<context>
    <name>Cutover::VerdictsModel</name>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定依据</translation>
    </message>
</context>
<context>
    <name>Cutover::VersionHistory</name>
    <message>
        <source>&amp;Restore as Newest</source>
        <translation>恢复为最新版本(&amp;R)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Store a copy of the selected version as the newest one; later versions stay in the history.</source>
        <translation>将所选版本的副本保存为最新版本；之后的版本仍保留在历史中。</translation>
    </message>
    <message>
        <source>Selected version</source>
        <translation>所选版本</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>较旧版本</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>较新版本</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>&amp;Selected Version</source>
        <translation>所选版本(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Differences</source>
        <translation>差异(&amp;D)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>No version selected.</source>
        <translation>未选择版本。</translation>
    </message>
    <message>
        <source>Version %1, saved %2%3 (read-only)</source>
        <extracomment>%1 = version number, %2 = local time, %3 = &quot; — note&quot; or nothing</extracomment>
        <translation>版本 %1，保存于 %2%3（只读）</translation>
    </message>
</context>
<context>
    <name>Cutover::WelcomePage</name>
    <message>
        <source>Open the &amp;demo project</source>
        <translation>打开演示项目(&amp;D)</translation>
    </message>
    <message>
        <source>Cutover</source>
        <translation>Cutover</translation>
    </message>
    <message>
        <source>Plan, test and carry out the move of an LLM application from one model to another.</source>
        <translation>规划、测试并实施 LLM 应用从一个模型到另一个模型的迁移。</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>还没有最近的项目。</translation>
    </message>
</context>
<context>
    <name>Cutover::WinTieLossChart</name>
    <message>
        <source>Win / tie / loss</source>
        <translation>胜 / 平 / 负</translation>
    </message>
    <message>
        <source>No paired results yet. Rate answers in Results, or give the cases assertions.</source>
        <translation>还没有配对结果。请在“结果”中为回答评分，或为用例添加断言。</translation>
    </message>
    <message>
        <source>Candidate better</source>
        <translation>候选更好</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>Baseline better</source>
        <translation>基线更好</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1（n = %2）</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>%1: %2</source>
        <extracomment>objective title: target (&quot;Faster: p95 latency ≤ 2 s&quot;)</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cutover: migrate an LLM application between models.</source>
        <translation>Cutover：在模型之间迁移 LLM 应用。</translation>
    </message>
    <message>
        <source>User interface language (en, zh_CN).</source>
        <translation>用户界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown (start-up benchmarks).</source>
        <translation>窗口显示后立即退出（用于启动基准测试）。</translation>
    </message>
    <message>
        <source>A .cutover project to open.</source>
        <translation>要打开的 .cutover 项目。</translation>
    </message>
</context>
</TS>

{{/* Resource arithmetic for the budget guard: quantities to millicores and MiB. */}}

{{/* "250m" → 250, "1" → 1000, "1.5" → 1500 */}}
{{- define "todo-chatbot.milliCPU" -}}
{{- $q := toString . -}}
{{- if hasSuffix "m" $q -}}{{- trimSuffix "m" $q | atoi -}}{{- else -}}{{- mulf (float64 $q) 1000 | int -}}{{- end -}}
{{- end -}}

{{/* "256Mi" → 256, "1Gi" → 1024, "1536Mi" → 1536, "1G" → 954 */}}
{{- define "todo-chatbot.mebibytes" -}}
{{- $q := toString . -}}
{{- if hasSuffix "Gi" $q -}}{{- mulf (float64 (trimSuffix "Gi" $q)) 1024 | int -}}
{{- else if hasSuffix "Mi" $q -}}{{- trimSuffix "Mi" $q | atoi -}}
{{- else if hasSuffix "G" $q -}}{{- divf (mulf (float64 (trimSuffix "G" $q)) 1000000000) 1048576 | int -}}
{{- else if hasSuffix "M" $q -}}{{- divf (mulf (float64 (trimSuffix "M" $q)) 1000000) 1048576 | int -}}
{{- else -}}{{- divf (float64 $q) 1048576 | int -}}{{- end -}}
{{- end -}}

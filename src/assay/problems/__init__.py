"""assay.problems"""

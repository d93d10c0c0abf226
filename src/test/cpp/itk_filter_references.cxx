// Reference outputs of ITK 5.2's LaplacianRecursiveGaussianImageFilter (NormalizeAcrossScale on, as
// PyRadiomics' LoG image type sets it) and GradientMagnitudeImageFilter (with and without image spacing,
// PyRadiomics' gradientUseSpacing) for the Java filter tests. Reads <dir>/volume_a.nrrd and
// <dir>/volume_b.nrrd (written by src/test/python/filters/make_filter_references.py) and writes
// <dir>/log_<vol>_sigma_<s>.nrrd and <dir>/gradient_<vol>_{spacing,nospacing}.nrrd.
// Second mode, "roi <image> <label> <out.csv>": mean, minimum and maximum over label 1 of the LoG
// (sigma 1.0 and 3.0 mm) and Gradient images of a whole image, for the extractor-level test on brain1.
// Build and run: see CMakeLists.txt.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "itkGradientMagnitudeImageFilter.h"
#include "itkImage.h"
#include "itkImageFileReader.h"
#include "itkImageFileWriter.h"
#include "itkLabelStatisticsImageFilter.h"
#include "itkLaplacianRecursiveGaussianImageFilter.h"

using ImageType = itk::Image<double, 3>;
// SimpleITK (what PyRadiomics calls) instantiates both filters with a float output image.
using FloatImageType = itk::Image<float, 3>;

static ImageType::Pointer read(const std::string & path)
{
  auto reader = itk::ImageFileReader<ImageType>::New();
  reader->SetFileName(path);
  reader->Update();
  return reader->GetOutput();
}

template <typename TImage>
static void write(typename TImage::Pointer image, const std::string & path)
{
  auto writer = itk::ImageFileWriter<TImage>::New();
  writer->SetFileName(path);
  writer->SetUseCompression(true);
  writer->SetInput(image);
  writer->Update();
  std::cout << "wrote " << path << std::endl;
}

using LabelImageType = itk::Image<int, 3>;

static void roiStats(FILE * out, const std::string & name, FloatImageType::Pointer image, LabelImageType::Pointer label)
{
  auto stats = itk::LabelStatisticsImageFilter<FloatImageType, LabelImageType>::New();
  stats->SetInput(image);
  stats->SetLabelInput(label);
  stats->Update();
  std::fprintf(out, "%s_firstorder_Mean,%.17g\n", name.c_str(), stats->GetMean(1));
  std::fprintf(out, "%s_firstorder_Minimum,%.17g\n", name.c_str(), stats->GetMinimum(1));
  std::fprintf(out, "%s_firstorder_Maximum,%.17g\n", name.c_str(), stats->GetMaximum(1));
}

static int roiMode(const std::string & imagePath, const std::string & labelPath, const std::string & csv)
{
  ImageType::Pointer input = read(imagePath);
  auto labelReader = itk::ImageFileReader<LabelImageType>::New();
  labelReader->SetFileName(labelPath);
  labelReader->Update();
  LabelImageType::Pointer label = labelReader->GetOutput();
  FILE * out = std::fopen(csv.c_str(), "w");
  std::fprintf(out, "feature,value\n");
  for (const std::string s : { "1.0", "3.0" })
  {
    auto log = itk::LaplacianRecursiveGaussianImageFilter<ImageType, FloatImageType>::New();
    log->SetNormalizeAcrossScale(true);
    log->SetSigma(std::stod(s));
    log->SetInput(input);
    log->Update();
    std::string name = "log-sigma-" + s + "-mm-3D";
    name[name.find('.')] = '-';
    roiStats(out, name, log->GetOutput(), label);
  }
  auto grad = itk::GradientMagnitudeImageFilter<ImageType, FloatImageType>::New();
  grad->SetInput(input);
  grad->Update();
  roiStats(out, "gradient", grad->GetOutput(), label);
  std::fclose(out);
  std::cout << "wrote " << csv << std::endl;
  return 0;
}

int main(int argc, char * argv[])
{
  if (argc == 5 && std::string(argv[1]) == "roi")
  {
    return roiMode(argv[2], argv[3], argv[4]);
  }
  if (argc != 2)
  {
    std::cerr << "usage: itk_filter_references <src/test/resources/filters> | roi <image> <label> <out.csv>" << std::endl;
    return 2;
  }
  const std::string dir = argv[1];
  struct Case { std::string volume; std::vector<std::string> sigmas; };
  const std::vector<Case> cases = { { "a", { "0.5", "1.0", "2.5" } }, { "b", { "1.5" } } };
  for (const auto & c : cases)
  {
    ImageType::Pointer input = read(dir + "/volume_" + c.volume + ".nrrd");
    for (const auto & s : c.sigmas)
    {
      auto log = itk::LaplacianRecursiveGaussianImageFilter<ImageType, FloatImageType>::New();
      log->SetNormalizeAcrossScale(true);
      log->SetSigma(std::stod(s));
      log->SetInput(input);
      log->Update();
      write<FloatImageType>(log->GetOutput(), dir + "/log_" + c.volume + "_sigma_" + s + ".nrrd");
    }
    for (bool useSpacing : { true, false })
    {
      auto grad = itk::GradientMagnitudeImageFilter<ImageType, FloatImageType>::New();
      grad->SetUseImageSpacing(useSpacing);
      grad->SetInput(input);
      grad->Update();
      write<FloatImageType>(grad->GetOutput(), dir + "/gradient_" + c.volume + (useSpacing ? "_spacing" : "_nospacing") + ".nrrd");
    }
  }
  return 0;
}
